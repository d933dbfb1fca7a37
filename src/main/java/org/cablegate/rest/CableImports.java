package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cablegate.bulk.CableImporter;
import org.cablegate.config.CablesConfig;
import org.cablegate.ingest.CableParseException;
import org.cablegate.persistence.ImportOutcome;
import org.cablegate.persistence.RowResult;
import org.cablegate.rest.dto.CsvImportReport;
import org.cablegate.rest.dto.ImportResult;
import org.cablegate.share.Permalinks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The import endpoint's work (the key is checked before, by Quarkus security): size limits, media type, then the importer. */
@ApplicationScoped
public class CableImports {

    public static final String TEXT_CSV = "text/csv";

    private final CablesConfig config;
    private final CableImporter importer;
    private final Permalinks permalinks;

    public CableImports(CablesConfig config, CableImporter importer, Permalinks permalinks) {
        this.config = config;
        this.importer = importer;
        this.permalinks = permalinks;
    }

    Response handle(String contentType, Long contentLength, InputStream body) throws CableParseException {
        var type = MediaType.valueOf(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType);
        var csv = type.isCompatible(MediaType.valueOf(TEXT_CSV));
        if (!csv && !type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            throw new NotSupportedException();
        }
        var limit = csv ? config.importing().maxCsvBytes() : config.importing().maxCableBytes();
        if (contentLength != null && contentLength > limit) {
            throw tooLarge(limit, csv, Map.of());
        }
        var charset = charset(type);
        var bounded = new BoundedInputStream(body, limit);
        return csv ? importCsv(bounded, limit, charset) : importOne(bounded, limit, charset);
    }

    /** The body's charset: the Content-Type's, else UTF-8 (the cables' own). */
    private static Charset charset(MediaType type) {
        var name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(415, "unsupported-charset", "Unsupported charset",
                    "charset=" + name + " is not a character set this server knows; send UTF-8");
        }
    }

    private Response importOne(BoundedInputStream body, long limit, Charset charset) throws CableParseException {
        String text;
        try {
            text = new String(body.readAllBytes(), charset);
        } catch (BoundedInputStream.LimitExceeded e) {
            throw tooLarge(limit, false, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var imported = importer.importText(text);
        var location = permalinks.apiCable(imported.refId());
        var result = new ImportResult(imported.refId(), imported.outcome().jsonName(), location,
                imported.paragraphCount());
        return imported.outcome() == ImportOutcome.CREATED
                ? Response.created(URI.create(location)).entity(result).build()
                : Response.ok(result).build();
    }

    private Response importCsv(BoundedInputStream body, long limit, Charset charset) {
        var rows = new ArrayList<CsvImportReport.Row>();
        var counts = new long[ImportOutcome.values().length + 1];
        try {
            importer.importCsv(new InputStreamReader(body, charset), result -> {
                rows.add(row(result));
                counts[result.rejected() ? ImportOutcome.values().length : result.outcome().ordinal()]++;
            });
        } catch (BoundedInputStream.LimitExceeded e) {
            // Rows before the limit are stored, each whole; say which, so that the rest can be sent again.
            throw tooLarge(limit, true, Map.of("results", rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var report = new CsvImportReport(rows.size(), counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UNCHANGED.ordinal()], counts[ImportOutcome.UPDATED.ordinal()],
                counts[ImportOutcome.values().length], rows);
        if (report.rejected() == report.rows()) {
            throw nothingStored(report);
        }
        return Response.ok(report).build();
    }

    private static CsvImportReport.Row row(RowResult r) {
        return new CsvImportReport.Row(r.row(), r.line(), r.refId(),
                r.rejected() ? "rejected" : r.outcome().jsonName(), r.reason());
    }

    /** A CSV of which no row could be stored is refused as a whole (a bot must not read it as success). */
    private static ApiProblem nothingStored(CsvImportReport report) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("rows", report.rows());
        extensions.put("created", report.created());
        extensions.put("unchanged", report.unchanged());
        extensions.put("updated", report.updated());
        extensions.put("rejected", report.rejected());
        extensions.put("results", report.results());
        var detail = report.rows() == 0 ? "The body holds no row of the cables.csv dump"
                : "None of the " + report.rows() + " rows could be stored; see results for each row's reason";
        return new ApiProblem(422, "no-row-imported", "No row could be imported", detail, extensions, Map.of());
    }

    private static ApiProblem tooLarge(long limit, boolean csv, Map<String, Object> extensions) {
        var setting = csv ? "cables.import.max-csv-bytes" : "cables.import.max-cable-bytes";
        return new ApiProblem(413, "payload-too-large", "Payload too large",
                "The body is over " + limit + " bytes, the limit for " + (csv ? "text/csv" : "text/plain")
                        + " set by " + setting, extensions, Map.of());
    }
}
