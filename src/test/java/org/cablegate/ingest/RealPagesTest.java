package org.cablegate.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real page of the corpus is read as the cable it shows: none is refused. */
class RealPagesTest {

    private final CableParser parser = new CableParser();

    static Stream<RealPages.Page> pages() {
        return RealPages.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsEveryRealPageAsItsCable(RealPages.Page page) throws Exception {
        var cable = parser.parse(Files.readString(page.file()));
        assertEquals(page.refId(), cable.refId());
        assertNotNull(cable.created(), "created");
        assertNotNull(cable.classification(), "classification");
        assertFalse(cable.paragraphs().isEmpty(), "paragraphs");
        var keys = new HashSet<String>();
        for (var p : cable.paragraphs()) {
            assertTrue(keys.add(p.n()), "unique key " + p.n());
            assertFalse(p.text().isBlank(), "paragraph " + p.n() + " has text");
        }
    }
}
