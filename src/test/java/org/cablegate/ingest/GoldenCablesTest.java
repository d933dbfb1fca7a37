package org.cablegate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole cables against golden files whose values were checked by hand against the cable text
 * ({@code src/test/resources/golden/}). Only the fields a golden file states are compared.
 */
class GoldenCablesTest {

    /** {@code -Dgolden.dir=src/test/resources/golden-pending} runs the files the parser does not meet yet. */
    private static final Path GOLDEN = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** Sources that do not ship as samples: versions/… pages, the copy the version tests use. */
    private static final Path GOLDEN_SOURCES = Path.of("src/test/resources");
    private final CableParser parser = new CableParser();

    static Stream<Path> goldenFiles() throws IOException {
        return Files.list(GOLDEN).filter(f -> f.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void parsesTheCableAsCheckedByHand(Path file) throws Exception {
        var golden = new ObjectMapper().readTree(file.toFile());
        var cable = parse(golden);
        var name = file.getFileName().toString();
        expect(golden, "refId", cable.refId(), name);
        if (golden.has("created")) {
            assertEquals(Instant.parse(golden.get("created").asText()), cable.created(), name + " created");
        }
        expect(golden, "classification", cable.classification(), name);
        expect(golden, "origin", cable.origin(), name);
        expect(golden, "precedence", cable.header().precedence(), name);
        expect(golden, "dtg", cable.header().dtg(), name);
        expect(golden, "from", cable.header().from(), name);
        if (golden.has("to")) {
            assertEquals(strings(golden.get("to")), cable.header().to().stream().map(CableHeader.Recipient::name).toList(), name + " to");
        }
        if (golden.has("sipdis")) {
            assertEquals(golden.get("sipdis").asBoolean(), cable.header().sipdis(), name + " sipdis");
        }
        expect(golden, "eo", cable.header().eo(), name);
        if (golden.has("tags")) {
            assertEquals(strings(golden.get("tags")), cable.caption().tags(), name + " tags");
        }
        expect(golden, "subject", cable.caption().subject(), name);
        if (golden.has("references")) {
            assertEquals(strings(golden.get("references")),
                    cable.caption().references().stream().map(Reference::refId).toList(), name + " references");
        }
        expect(golden, "signer", cable.caption().signer(), name);
        expect(golden, "summary", cable.caption().summary(), name);
        if (golden.has("paragraphs")) {
            assertEquals(strings(golden.get("paragraphs")), cable.paragraphs().stream().map(Paragraph::n).toList(),
                    name + " paragraph numbers");
        }
        if (golden.has("markings")) {
            var markings = new ArrayList<String>();
            golden.get("markings").forEach(m -> markings.add(m.isNull() ? null : m.asText()));
            assertEquals(markings, cable.paragraphs().stream().map(Paragraph::marking).toList(), name + " markings");
        }
        if (golden.has("headings")) {
            var headings = new ArrayList<String>();
            golden.get("headings").forEach(h -> headings.add(h.isNull() ? null : h.asText()));
            assertEquals(headings, cable.paragraphs().stream().map(Paragraph::heading).toList(), name + " headings");
        }
        golden.path("textStarts").fields().forEachRemaining(e -> assertTrue(
                text(cable, e.getKey()).startsWith(e.getValue().asText()),
                name + " ¶" + e.getKey() + " starts with [" + e.getValue().asText() + "] but is [" + text(cable, e.getKey()) + "]"));
        golden.path("textEnds").fields().forEachRemaining(e -> assertTrue(
                text(cable, e.getKey()).endsWith(e.getValue().asText()),
                name + " ¶" + e.getKey() + " ends with [" + e.getValue().asText() + "] but is [" + text(cable, e.getKey()) + "]"));
    }

    private ParsedCable parse(JsonNode golden) throws Exception {
        var source = golden.get("source").asText();
        if (source.endsWith(".csv")) {
            for (var row : CorpusParsingTest.readCsv(CORPUS.resolve(source))) {
                if (row.refId().equals(golden.get("refId").asText())) {
                    return parser.parse(row);
                }
            }
            throw new AssertionError("no row " + golden.get("refId") + " in " + source);
        }
        if (Files.exists(GOLDEN_SOURCES.resolve(source))) {
            return parser.parse(Files.readString(GOLDEN_SOURCES.resolve(source)));
        }
        // raw/… and seeds/… files ship with the service as samples
        return parser.parse(Files.readString(CorpusParsingTest.SAMPLES.resolve(Path.of(source).getFileName())));
    }

    private static String text(ParsedCable cable, String n) {
        return cable.paragraphs().stream().filter(p -> p.n().equals(n)).map(Paragraph::text).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + n));
    }

    private static void expect(JsonNode golden, String field, String actual, String name) {
        if (golden.has(field)) {
            var expected = golden.get(field).isNull() ? null : golden.get(field).asText();
            assertEquals(expected, actual, name + " " + field);
        }
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
