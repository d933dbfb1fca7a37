package org.cablegate.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CablesCsvReader;
import org.cablegate.ingest.CsvRow;
import org.cablegate.ingest.ParsedCable;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/** Cable text in, stored cables out: parses, checks and upserts, one transaction per cable. */
@ApplicationScoped
public class CableImporter {

    private static final Logger LOG = Logger.getLogger(CableImporter.class);

    private final CableParser parser = new CableParser();
    private final CableStore store;
    private final Timer imports;

    public CableImporter(CableStore store, MeterRegistry registry) {
        this.store = store;
        this.imports = Timer.builder("cables.import").description("Import of one cable: parse, extract, write, commit")
                .register(registry);
    }

    /** Imports one cable in any format the parser knows. */
    public Imported importText(String text) throws CableParseException {
        var started = System.nanoTime();
        try {
            return store(parser.parse(text));
        } finally {
            imports.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Imports rows of the cables.csv dump as they stream in, reporting each row; a bad row is rejected and the
     * import goes on with the next.
     *
     * @throws IOException when the input itself cannot be read
     */
    public void importCsv(Reader csv, Consumer<RowResult> results) throws IOException {
        try (var rows = new CablesCsvReader(csv)) {
            while (true) {
                CsvRow row;
                try {
                    row = rows.next();
                } catch (CableParseException e) {
                    // The CSV itself is broken here: nothing after this point can be trusted to be a row.
                    results.accept(new RowResult(rows.rowsRead() + 1, e.line(), null, null, e.getMessage()));
                    return;
                }
                if (row == null) {
                    return;
                }
                results.accept(importRow(row));
            }
        }
    }

    private RowResult importRow(CsvRow row) {
        var started = System.nanoTime();
        try {
            var imported = store(parser.parse(row));
            return new RowResult(row.rowNumber(), row.line(), imported.refId(), imported.outcome(), null);
        } catch (CableParseException e) {
            return new RowResult(row.rowNumber(), row.line(), row.refId(), null, e.getMessage());
        } catch (PersistenceException e) {
            LOG.warnf(e, "Row %d (%s) could not be stored", row.rowNumber(), row.refId());
            return new RowResult(row.rowNumber(), row.line(), row.refId(), null, "the cable could not be stored");
        } finally {
            imports.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private Imported store(ParsedCable parsed) throws CableParseException {
        CableLimits.check(parsed);
        return new Imported(parsed.refId(), store.upsert(parsed), parsed.paragraphs().size());
    }
}
