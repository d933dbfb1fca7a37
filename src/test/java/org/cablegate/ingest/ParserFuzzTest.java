package org.cablegate.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any text either parses into a cable or is refused with {@link CableParseException}: nothing else is thrown and
 * nothing hangs. {@code mvn verify} runs the regression inputs in {@code ParserFuzzTestInputs/}; a real fuzzing run:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#parsesOrRefusesAnyText} (stops after 5 minutes).
 */
class ParserFuzzTest {

    private final CableParser parser = new CableParser();

    @FuzzTest(maxDuration = "5m")
    void parsesOrRefusesAnyText(FuzzedDataProvider data) {
        var text = data.consumeRemainingAsString();
        try {
            var cable = parser.parse(text);
            assertNotNull(cable.refId());
            assertNotNull(cable.created());
            assertFalse(cable.paragraphs().isEmpty());
            for (var p : cable.paragraphs()) {
                assertTrue(p.fingerprint().startsWith("sha256:"));
            }
        } catch (CableParseException e) {
            assertNotNull(e.getMessage());
            assertTrue(e.line() >= 0);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readsOrRefusesAnyCsv(FuzzedDataProvider data) throws IOException {
        var text = data.consumeRemainingAsString();
        try (var reader = new CablesCsvReader(new StringReader(text))) {
            for (int i = 0; i < 1000; i++) {
                var row = reader.next();
                if (row == null) {
                    break;
                }
                try {
                    parser.parse(row);
                } catch (CableParseException e) {
                    assertNotNull(e.getMessage());
                }
            }
        } catch (CableParseException e) {
            assertTrue(e.getMessage().contains("row"), e.getMessage());
        }
    }
}
