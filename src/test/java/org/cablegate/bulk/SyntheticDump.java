package org.cablegate.bulk;

import org.cablegate.ingest.CablesCsvReader;
import org.cablegate.ingest.CsvRow;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A dump of any size for tests: the 45 real rows of {@code corpus/csv/sample.csv}, repeated with a copy number in
 * each reference ID ({@code 08REYKJAVIK195} → {@code 08REYKJAVIK195X7}), written in the dump's own escaping.
 */
public final class SyntheticDump {

    public static final Path SAMPLE = Path.of("src/test/resources/corpus/csv/sample.csv");

    private SyntheticDump() {
    }

    public static List<CsvRow> sampleRows() throws Exception {
        var rows = new ArrayList<CsvRow>();
        try (var reader = new CablesCsvReader(Files.newBufferedReader(SAMPLE))) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes {@code copies} × 45 rows; every copy but the first has new reference IDs. */
    public static int write(Path file, int copies, boolean gzip) throws Exception {
        return write(file, copies, gzip, "X");
    }

    /**
     * Writes {@code copies} × 45 rows whose reference IDs carry {@code tag} and the copy number, none of them a
     * sample's own when the tag is not "X".
     */
    public static int write(Path file, int copies, boolean gzip, String tag) throws Exception {
        var rows = sampleRows();
        var out = Files.newOutputStream(file);
        try (Writer w = new java.io.OutputStreamWriter(gzip ? new GZIPOutputStream(out) : out, StandardCharsets.UTF_8)) {
            int id = 1;
            for (int copy = 0; copy < copies; copy++) {
                for (var r : rows) {
                    var refId = copy == 0 && tag.equals("X") ? r.refId() : r.refId() + tag + copy;
                    w.write(row(id++, r.date(), refId, r.origin(), r.classification(), String.join("|", r.references()),
                            r.header(), r.body()));
                }
            }
        }
        return copies * rows.size();
    }

    public static String row(Object... fields) {
        var line = new StringBuilder();
        for (var f : fields) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append('"').append(String.valueOf(f).replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'"))
                    .append('"');
        }
        return line.append('\n').toString();
    }

    static void writeRaw(Path file, String content) throws IOException {
        Files.writeString(file, content);
    }
}
