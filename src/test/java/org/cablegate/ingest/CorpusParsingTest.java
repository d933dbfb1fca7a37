package org.cablegate.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus file and every row of csv/sample.csv parses, and one cable gives one result whatever its format. */
public class CorpusParsingTest {

    /** The corpus files ship with the service as its samples; the CSV rows are test data only. */
    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private final CableParser parser = new CableParser();

    public static Stream<Path> corpusFiles() throws IOException {
        return Files.list(SAMPLES).filter(f -> !f.getFileName().toString().equals("index.txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void parsesEveryCorpusFile(Path file) throws Exception {
        var cable = parser.parse(Files.readString(file));
        var expectedRefId = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('.'));
        assertEquals(expectedRefId, cable.refId());
        assertNotNull(cable.created());
        assertNotNull(cable.classification(), "classification");
        assertFalse(cable.paragraphs().isEmpty(), "paragraphs");
        var keys = new HashSet<String>();
        for (var p : cable.paragraphs()) {
            assertTrue(keys.add(p.n()), "unique key " + p.n());
            assertFalse(p.text().isBlank(), "paragraph " + p.n() + " has text");
            assertEquals(p.text().strip(), p.text(), "normalised text is trimmed");
            assertFalse(p.text().contains("  "), "normalised text has single spaces");
            assertEquals(Fingerprints.of(p.text()), p.fingerprint());
        }
    }

    @Test
    void readsEveryRowOfTheSampleCsv() throws Exception {
        var rows = readCsv(CORPUS.resolve("csv/sample.csv"));
        assertEquals(45, rows.size());
        for (var row : rows) {
            var cable = parser.parse(row);
            assertEquals(row.refId(), cable.refId());
            assertFalse(cable.paragraphs().isEmpty(), row.refId());
            assertEquals(SourceFormat.CSV_ROW, cable.format());
        }
    }

    @Test
    void sameCableFromHtmlAndCsvGivesTheSameParagraphs() throws Exception {
        var byRefId = new HashMap<String, CsvRow>();
        for (var row : readCsv(CORPUS.resolve("csv/sample.csv"))) {
            byRefId.put(row.refId(), row);
        }
        var compared = 0;
        try (var files = Files.list(SAMPLES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                var fromHtml = parser.parse(Files.readString(file));
                var row = byRefId.get(fromHtml.refId());
                if (row == null) {
                    continue;
                }
                var fromCsv = parser.parse(row);
                assertEquals(keysTextsAndFingerprints(fromHtml), keysTextsAndFingerprints(fromCsv), fromHtml.refId());
                assertEquals(fromHtml.created(), fromCsv.created(), fromHtml.refId() + " created");
                assertEquals(fromHtml.caption().subject(), fromCsv.caption().subject(), fromHtml.refId() + " subject");
                assertEquals(fromHtml.caption().tags(), fromCsv.caption().tags(), fromHtml.refId() + " tags");
                compared++;
            }
        }
        assertEquals(45, compared, "every HTML page has its row in sample.csv");
    }

    private static List<String> keysTextsAndFingerprints(ParsedCable cable) {
        return cable.paragraphs().stream().map(p -> p.n() + "|" + p.marking() + "|" + p.fingerprint() + "|" + p.text()).toList();
    }

    static List<CsvRow> readCsv(Path path) {
        try (var reader = new CablesCsvReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            var rows = new java.util.ArrayList<CsvRow>();
            for (var row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CableParseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
