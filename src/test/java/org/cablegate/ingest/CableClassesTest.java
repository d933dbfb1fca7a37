package org.cablegate.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The classes of misreading found by reading parsed cables against their pages (issue 11), each with cases of its
 * own: headings glued to the paragraph before, reference lists run together, TAGS lines printed without their
 * punctuation, a cable of one unnumbered paragraph, a signer over a release footer.
 */
class CableClassesTest {

    private final CableParser parser = new CableParser();

    private ParsedCable parse(String dtg, String caption, String body) throws CableParseException {
        return parser.parse(CableFieldsTest.cable(dtg, caption, body));
    }

    static Stream<Arguments> headingRuns() {
        return Stream.of(
                arguments("49. (SBU) INL will provide training to specialized units.\nSTATISTICAL TABLES - TO BE PROVIDED SEPARATELY\n"
                                + "CHEMICAL CONTROL\n50. (SBU) Article 12 of the Convention.",
                        "INL will provide training to specialized units.", "STATISTICAL TABLES - TO BE PROVIDED SEPARATELY / CHEMICAL CONTROL"),
                arguments("1. (C) The talks ended.\n\nTHE WAY AHEAD\n2. (C) Next steps.", "The talks ended.", "THE WAY AHEAD"),
                arguments("1. (C) The talks ended.\nPOLITICAL PARTIES\n-----------------\nSMALL PARTIES\n2. (C) Next steps.",
                        "The talks ended.", "POLITICAL PARTIES / SMALL PARTIES"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("headingRuns")
    void headingLinesStandOverTheNextParagraphNotAtTheEndOfThePreviousOne(String body, String first, String heading) throws Exception {
        var cable = parse("P 020158Z DEC 08", "TAGS: SNAR\nSUBJECT: TEST", body);
        assertEquals(first, cable.paragraphs().get(0).text());
        assertEquals(heading, cable.paragraphs().get(1).heading());
    }

    @Test
    void keepsAllCapitalCablesLinesAsText() throws Exception {
        var cable = parse("R 281848Z DEC 66", "TAGS: PREL\nSUBJECT: TEST",
                "1. THE MINISTER SAID IT WAS SETTLED.\nTHE EMBASSY AGREES\nWITH HIS VIEW\n2. MORE TEXT.");
        assertEquals("THE MINISTER SAID IT WAS SETTLED. THE EMBASSY AGREES WITH HIS VIEW", cable.paragraphs().get(0).text());
    }

    @Test
    void astanaParagraph49EndsWithItsOwnSentenceAndParagraph50HasTheHeadings() throws Exception {
        var cable = parser.parse(Files.readString(CorpusParsingTest.SAMPLES.resolve("08ASTANA2380.mirror.txt")));
        var p49 = cable.paragraphs().stream().filter(p -> p.n().equals("49")).findFirst().orElseThrow();
        var p50 = cable.paragraphs().stream().filter(p -> p.n().equals("50")).findFirst().orElseThrow();
        assertTrue(p49.text().endsWith("staff of specialized counter-narcotics units."), p49.text());
        assertEquals("STATISTICAL TABLES - TO BE PROVIDED SEPARATELY / CHEMICAL CONTROL", p50.heading());
    }

    static Stream<Arguments> referenceLists() {
        return Stream.of(
                arguments("P 130458Z JUL 72", "REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603", List.of("72TEHRAN1091", "72TEHRAN263", "72MOSCOW1603")),
                arguments("P 020158Z DEC 08", "REF: A) STATE 58476, B) THE HAGUE 482, C) TRIPOLI 119", List.of("08STATE58476", "08THEHAGUE482", "08TRIPOLI119")),
                arguments("P 020158Z DEC 08", "REF: A. RIO DE JANEIRO 12 B. SAO PAULO 7 C. USUN NEW YORK 9", List.of("08RIODEJANEIRO12", "08SAOPAULO7", "08USUNNEWYORK9")),
                arguments("P 020158Z DEC 09", "REF: A. UNVIE 148 B. HK 2247 C. BA 1485", List.of("09UNVIEVIENNA148", "09HONGKONG2247", "09BUENOSAIRES1485")),
                arguments("P 020158Z DEC 08", "REF: H. MANAGUA 130\nI. 2007 MANAGUA 2135\nJ. 06 MANAGUA 1730", List.of("08MANAGUA130", "07MANAGUA2135", "06MANAGUA1730")),
                arguments("P 020158Z DEC 04", "REF: A. STATE 41252 AND 44603 B. BRASILIA 2799, 2764", List.of("04STATE41252", "04STATE44603", "04BRASILIA2799")),
                arguments("P 020158Z DEC 07", "REF: A) KABUL 936/935; B) ASUNCION 701 (08); C) QUITO 4525-91", List.of("07KABUL936", "07KABUL935", "08ASUNCION701", "91QUITO4525")),
                arguments("P 020158Z DEC 08", "REF: A. LEE-GOLDSTEIN EMAIL 05/11/07 B. PARIS POINTS JULY 15 C. UNSCR 1737", List.of()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("referenceLists")
    void readsEveryCitationOfAReferenceList(String dtg, String ref, List<String> expected) throws Exception {
        var cable = parse(dtg, "TAGS: PREL\nSUBJECT: TEST\n" + ref, "1. (U) Body.\n");
        assertEquals(expected, cable.caption().references().stream().map(Reference::refId).toList());
    }

    static Stream<Arguments> tagLines() {
        return Stream.of(
                arguments("TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP", List.of("PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP")),
                arguments("TAGS: OVIP CLINTON HILLARY PREL", List.of("OVIP", "CLINTON, HILLARY", "PREL")),
                arguments("TAGS: OVIP BIDEN JOSEPH PREL ECON EU", List.of("OVIP", "BIDEN, JOSEPH", "PREL", "ECON", "EU")),
                arguments("TAGS PGOV, PREL, KWBG, IR, IS, COUNTERTERRORISM, GOI EXTERNAL",
                        List.of("PGOV", "PREL", "KWBG", "IR", "IS", "COUNTERTERRORISM", "GOI EXTERNAL")),
                arguments("TAGES:  OIIP, KPAO, PREL, JO", List.of("OIIP", "KPAO", "PREL", "JO")),
                arguments("TAS: ECON, ETRD, IS, JO", List.of("ECON", "ETRD", "IS", "JO")),
                arguments("TAGS: PREL, ETRD, IT                          SECRET       PAGE 02        ROME  03067  211833Z",
                        List.of("PREL", "ETRD", "IT")),
                arguments("TAGS: KFRDKIRFCVISCMGTASECPHUMSMIGEG", List.of("KFRD", "KIRF", "CVIS", "CMGT", "ASEC", "PHUM", "SMIG", "EG")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagLines")
    void readsTagLinesWhateverTheirPunctuation(String line, List<String> expected) throws Exception {
        assertEquals(expected, parse("P 020158Z DEC 08", "E.O. 12958: N/A\n" + line + "\nSUBJECT: TEST", "1. (U) Body.\n").caption().tags());
    }

    static Stream<Arguments> unnumberedCables() {
        return Stream.of(
                arguments("TAGS: PREL\nSUBJECT: VISIT\nREF: STATE 1234\nTHE EMBASSY WELCOMES THE VISIT AND WILL MEET THE DELEGATION.\n"),
                arguments("TAGS: PREL\nSUBJECT: VISIT\nREF: STATE 1234\n\nTHE EMBASSY WELCOMES THE VISIT AND WILL MEET THE DELEGATION.\n"),
                arguments("TAGS: PREL\nSUBJECT: VISIT\nTHE EMBASSY WELCOMES THE VISIT AND WILL MEET THE DELEGATION.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unnumberedCables")
    void readsACableWhoseOnlyParagraphFollowsTheCaptionUnnumbered(String text) throws Exception {
        var cable = parser.parse("R 170654Z NOV 06\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 4006\n\nUNCLAS ASTANA 000590\n" + text + "\nMILAS\n");
        assertEquals(List.of("THE EMBASSY WELCOMES THE VISIT AND WILL MEET THE DELEGATION."),
                cable.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("VISIT", cable.caption().subject());
        assertEquals("MILAS", cable.caption().signer());
    }

    static Stream<Arguments> footers() {
        return Stream.of(
                arguments("HELMS\n\nDeclassified/Released US Department of State EO\nSystematic Review 05 JUL 2006\n", "HELMS"),
                arguments("SULLIVAN\n\nCONFIDENTIAL\n\nDeclassified/Released US Department of State EO Systematic\nReview 30 JUN 2006\n", "SULLIVAN"),
                arguments("BARTHOLOMEW\n\nNOTE BY OC/T:  HEADING AS RECEIVED.  CORRECTION TO FOLLOW.\n", "BARTHOLOMEW"),
                arguments("GILLESPIE##\n", "GILLESPIE"),
                arguments("PETERSON\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)\n\n                       CONFIDENTIAL\n", "PETERSON"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("footers")
    void keepsTheSignerOverAFooter(String end, String signer) throws Exception {
        var cable = parse("R 281848Z DEC 75", "TAGS: PINT\nSUBJECT: TEST", "1. IN SUM, LITTLE WILL CHANGE.\n\n\n" + end);
        assertEquals(signer, cable.caption().signer());
        var last = cable.paragraphs().get(cable.paragraphs().size() - 1).text();
        assertEquals("IN SUM, LITTLE WILL CHANGE.", last);
    }

    @Test
    void readsTheClassifierInsideParagraphOneOfOlderCables() throws Exception {
        var cable = parse("R 281848Z DEC 96", "TAGS: PREL\nSUBJECT: TEST",
                "1.  (U) CLASSIFIED BY THOMAS W. SIMONS, JR., AMBASSADOR.\nREASON:  1.5 (B), (C) AND (D).\n\n2. (C) Text.\n");
        assertEquals(List.of("THOMAS W. SIMONS, JR."), cable.caption().classifiers());
    }

    @Test
    void readsASummaryUnderASummaryHeading() throws Exception {
        var cable = parse("R 281848Z DEC 09", "TAGS: PREL\nSUBJECT: TEST\n\nClassified By: Ambassador Philip D. Murphy for reasons 1.4 (b) and (d)",
                "SUMMARY\n-------\n\n1. (C) Chancellor Merkel won.\nEnd Summary.\n\n2. (C) More.\n");
        assertEquals("Chancellor Merkel won.", cable.caption().summary());
        assertEquals(List.of("Philip D. Murphy"), cable.caption().classifiers());
        assertFalse(cable.paragraphs().isEmpty());
    }
}
