package org.cablegate.versions;

import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.Paragraph;
import org.cablegate.ingest.ParsedCable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real page (09KABUL2246, build of 3 December) printed three other ways a build prints the same cable: without
 * blank lines around the underlined heading, and with the page break falling inside another paragraph. The content is
 * the same: one version, and every paragraph keeps its text, heading and fingerprint.
 */
class LayoutVariantsKeepFingerprintsTest {

    private static final CableParser PARSER = new CableParser();
    private static final String NL = "&#x000A;";
    private static final String RULE = "-------------------------------";
    private static final String HEADING = "PROTECTION OF NARCOTRAFFICKERS";

    private static String page() throws Exception {
        try (var in = Objects.requireNonNull(LayoutVariantsKeepFingerprintsTest.class
                .getResourceAsStream("/versions/09KABUL2246/2-20101203.html"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void headingWithoutBlankLinesAroundItIsLayout() throws Exception {
        var original = page();
        var heading = NL + NL + RULE + NL + HEADING + NL + RULE + NL + NL;
        assertTrue(original.contains(heading), "the page has the underlined heading");
        assertSameContent(original, original.replace(heading, NL + RULE + NL + HEADING + NL + RULE + NL));
    }

    @Test
    void headingWithoutItsRulesIsLayout() throws Exception {
        var original = page();
        var heading = NL + NL + RULE + NL + HEADING + NL + RULE + NL + NL;
        assertSameContent(original, original.replace(heading, NL + NL + HEADING + NL + NL));
    }

    @Test
    void pageBreakFallingElsewhereIsLayout() throws Exception {
        var original = page();
        var pageBreak = "KABUL 00002246  002 OF 002";
        var inParagraph3 = "into Afghan custody. Even though a multi-agency GIRoA" + NL;
        var inParagraph6 = "Province. Jaweed is the nephew of a powerful member of" + NL;
        assertTrue(original.contains(inParagraph3) && original.contains(inParagraph6));
        assertSameContent(original.replace(inParagraph3, inParagraph3 + pageBreak + NL + NL),
                original.replace(inParagraph6, inParagraph6 + NL + pageBreak + NL));
    }

    private static void assertSameContent(String one, String other) throws Exception {
        ParsedCable a = PARSER.parse(one);
        ParsedCable b = PARSER.parse(other);
        assertTrue(a.paragraphs().size() >= 7, "paragraphs read: " + a.paragraphs().size());
        assertEquals(a.paragraphs().stream().map(Paragraph::n).toList(), b.paragraphs().stream().map(Paragraph::n).toList());
        assertEquals(texts(a), texts(b));
        assertEquals(a.paragraphs().stream().map(Paragraph::heading).toList(),
                b.paragraphs().stream().map(Paragraph::heading).toList());
        assertEquals(a.paragraphs().stream().map(Paragraph::fingerprint).toList(),
                b.paragraphs().stream().map(Paragraph::fingerprint).toList());
        assertTrue(VersionContent.of(a).sameContentAs(VersionContent.of(b)), "one version");
        assertEquals(List.of(), CableDiffer.diff(VersionContent.of(a), VersionContent.of(b)).paragraphs());
    }

    private static List<String> texts(ParsedCable cable) {
        return cable.paragraphs().stream().map(Paragraph::text).toList();
    }
}
