package org.cablegate.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any text either parses into a cable or is refused with {@link CableParseException}: nothing else is thrown, nothing
 * hangs, nothing runs out of memory. {@code mvn verify} replays the committed inputs in {@code ParserFuzzTestInputs/}
 * (a finding's input goes there as its regression case); coverage-guided fuzzing of one target:
 * {@code JAZZER_FUZZ=1 nice -n 19 mvn test -Dtest=ParserFuzzTest#parsesOrRefusesAnyHtmlPage}.
 */
class ParserFuzzTest {

    /** A WikiLeaks cable page around the fuzzed parts, so that fuzzing starts inside the HTML format, not outside. */
    private static final String PAGE = """
            <html><body><table class="cable"><tr><td>%s</td><td>%s</td><td>2011-08-30 01:44</td>
            <td>%s</td><td>Embassy Astana</td></tr></table>
            <pre>%s</pre>
            <pre>%s</pre></body></html>""";

    private final CableParser parser = new CableParser();

    @FuzzTest(maxDuration = "6m")
    void parsesOrRefusesAnyText(FuzzedDataProvider data) {
        parsesOrRefuses(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "6m")
    void parsesOrRefusesAnyHtmlPage(FuzzedDataProvider data) {
        var refId = data.consumeString(30);
        var created = data.consumeString(20);
        var classification = data.consumeString(30);
        var header = data.consumeString(2000);
        var body = data.consumeRemainingAsString();
        parsesOrRefuses(PAGE.formatted(refId, created, classification, header, body));
    }

    @FuzzTest(maxDuration = "6m")
    void parsesOrRefusesAnyCsvRow(FuzzedDataProvider data) {
        var row = new CsvRow(1, 1, data.consumeString(10), data.consumeString(30), data.consumeString(40),
                data.consumeString(40), data.consumeString(40), List.of(), data.consumeString(2000),
                data.consumeRemainingAsString());
        try {
            checked(parser.parse(row));
        } catch (CableParseException e) {
            refused(e);
        }
    }

    @FuzzTest(maxDuration = "6m")
    void readsOrRefusesAnyCsv(FuzzedDataProvider data) throws IOException {
        var text = data.consumeRemainingAsString();
        try (var reader = new CablesCsvReader(new StringReader(text))) {
            for (int i = 0; i < 1000; i++) {
                var row = reader.next();
                if (row == null) {
                    break;
                }
                assertTrue(row.rowNumber() == i + 1, "rows are numbered in order");
                try {
                    checked(parser.parse(row));
                } catch (CableParseException e) {
                    refused(e);
                }
            }
        } catch (CableParseException e) {
            assertTrue(e.getMessage().contains("row"), e.getMessage());
        }
    }

    private void parsesOrRefuses(String text) {
        try {
            checked(parser.parse(text));
        } catch (CableParseException e) {
            refused(e);
        }
    }

    private static void checked(ParsedCable cable) {
        assertNotNull(cable.refId());
        assertNotNull(cable.created());
        assertFalse(cable.paragraphs().isEmpty());
        for (var p : cable.paragraphs()) {
            assertTrue(p.fingerprint().startsWith("sha256:"));
        }
    }

    private static void refused(CableParseException e) {
        assertNotNull(e.getMessage());
        assertTrue(e.line() >= 0);
    }
}
