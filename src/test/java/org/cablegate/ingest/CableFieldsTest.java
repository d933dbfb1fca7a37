package org.cablegate.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Field by field, in the manner of heuer/cablemap: tables of snippets taken from corpus cables and the value each
 * must give. Each snippet is set in a minimal bare cable (header, caption line, body).
 */
class CableFieldsTest {

    private final CableParser parser = new CableParser();

    /** A bare cable from 2008 (or the year given in the DTG) around a caption and a body. */
    static String cable(String dtg, String caption, String body) {
        return dtg + "\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC PRIORITY 4006\n\nUNCLAS SECTION 01 OF 02 ASTANA 002380\n"
                + "SIPDIS\n" + caption + "\n\n" + body;
    }

    private ParsedCable parse(String caption, String body) throws CableParseException {
        return parser.parse(cable("P 020158Z DEC 08", caption, body));
    }

    private static final String BODY = "1. (U) Body text.\n\nMILAS\n";

    static Stream<Arguments> tags() {
        return Stream.of(
                arguments("TAGS: SNAR KCRM KCOR PREL KZ", List.of("SNAR", "KCRM", "KCOR", "PREL", "KZ")),
                arguments("TAGS PGOV, PHUM, SOCI, RS", List.of("PGOV", "PHUM", "SOCI", "RS")),
                arguments("TAGS: OVIP (CLINTON, HILLARY) PREL", List.of("OVIP", "CLINTON, HILLARY", "PREL")),
                arguments("TAGS: KPAO CLINTON, HILLARY", List.of("KPAO", "CLINTON, HILLARY")),
                arguments("TAGS: MASSMNUC PARM PREL", List.of("MASS", "MNUC", "PARM", "PREL")),
                arguments("Tags: prel, pgov, pins, tu", List.of("PREL", "PGOV", "PINS", "TU")),
                arguments("TAGS: PREL PGOV ECON\nETRD NATO RS EN", List.of("PREL", "PGOV", "ECON", "ETRD", "NATO", "RS", "EN")),
                arguments("TAGS: PTER, PREL, PHUM, PINS, PINR, LY", List.of("PTER", "PREL", "PHUM", "PINS", "PINR", "LY")),
                arguments("TAGS: EFIS PBTS AR", List.of("EFIS", "PBTS", "AR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tags")
    void readsTags(String line, List<String> expected) throws Exception {
        assertEquals(expected, parse("E.O. 12958: N/A\n" + line + "\nSUBJECT: TEST", BODY).caption().tags());
    }

    static Stream<Arguments> references() {
        return Stream.of(
                arguments("R 170654Z NOV 06", "REF: STATE 154928", List.of("06STATE154928")),
                arguments("P 020158Z DEC 08", "REF: A. 07 ASTANA 123 B. STATE 4567", List.of("07ASTANA123", "08STATE4567")),
                arguments("P 020158Z DEC 08", "REF: SECSTATE 0012", List.of("08STATE12")),
                arguments("P 020158Z DEC 08", "REF: A. ANKARA 6856\n     ¶B. ANKARA 8252", List.of("08ANKARA6856", "08ANKARA8252")),
                arguments("P 190643Z NOV 08", "REF: MOSCOW 03265", List.of("08MOSCOW3265")),
                arguments("P R 281848Z DEC 66", "REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966", List.of("66STATE106206")),
                arguments("O 141437Z NOV 07", "REF: LA PAZ 2974", List.of("07LAPAZ2974")),
                arguments("P 020158Z DEC 08", "REF: A. EMAIL FROM JSMITH@STATE.GOV 12 B. BERLIN 1045", List.of("08BERLIN1045")),
                arguments("P 091700Z SEP 08", "Ref:  06 REYKJAVIK 431", List.of("06REYKJAVIK431")),
                arguments("P 020158Z DEC 08", "REF: A. STATE 15648\n\n¶B. MADRID 162\n¶C. BERLIN 184",
                        List.of("08STATE15648", "08MADRID162", "08BERLIN184")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("references")
    void resolvesReferences(String dtg, String line, List<String> expected) throws Exception {
        var cable = parser.parse(cable(dtg, "E.O. 12958: N/A\nTAGS: PREL\nSUBJECT: TEST\n" + line, BODY));
        assertEquals(expected, cable.caption().references().stream().map(Reference::refId).toList());
    }

    @Test
    void keepsTheLetterAndLabelOfAReference() throws Exception {
        var refs = parse("SUBJECT: TEST\nREF: A. 07 ASTANA 0123 B. SECSTATE 4567", BODY).caption().references();
        assertEquals(new Reference("A", "ASTANA 123", "07ASTANA123"), refs.get(0));
        assertEquals(new Reference("B", "STATE 4567", "08STATE4567"), refs.get(1));
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                arguments("SUBJECT: KAZAKHSTAN: 2008-2009 INCSR REPORT, PART 1", "KAZAKHSTAN: 2008-2009 INCSR REPORT, PART 1"),
                arguments("SUBJECT: ICELAND: PEACEKEEPING TAKES ON A MORE CIVILIAN LOOK AFTER \nREPORT ON 2004 \"CHICKEN STREET INCIDENT\" ",
                        "ICELAND: PEACEKEEPING TAKES ON A MORE CIVILIAN LOOK AFTER REPORT ON 2004 \"CHICKEN STREET INCIDENT\""),
                arguments("SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIME", "WHO WOULD REPLACE GORDON BROWN AS UK PRIME"),
                arguments("SUBJECT: (U) THE NEW GERMAN CABINET - AN OVERVIEW", "THE NEW GERMAN CABINET - AN OVERVIEW"),
                arguments("SUBJ: SPAIN WILL OPPOSE KOSOVO RECOGNITION", "SPAIN WILL OPPOSE KOSOVO RECOGNITION"),
                arguments("Subject: (s) further scheming by german firm to export\ntest chamber", "further scheming by german firm to export test chamber"),
                arguments("SUBJECT: MEDVEDEV\u2019S ADDRESS\nASTANA 00002380  002 OF 006\nAND TANDEM POLITICS", "MEDVEDEV\u2019S ADDRESS AND TANDEM POLITICS"),
                arguments("SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS ", "EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("subjects")
    void joinsAndCleansTheSubject(String lines, String expected) throws Exception {
        assertEquals(expected, parse("E.O. 12958: N/A\nTAGS: PREL\n" + lines, BODY).caption().subject());
    }

    @Test
    void cableWithoutSubjectHasNone() throws Exception {
        assertNull(parse("E.O. 12958: N/A\nTAGS: PGOV PREL", BODY).caption().subject());
    }

    static Stream<Arguments> signers() {
        return Stream.of(
                arguments("1. (U) Text.\n\nMILAS\n", "MILAS"),
                arguments("1. (U) Text.\n\nVAN VOORST\n", "VAN VOORST"),
                arguments("1. (C) Text. End comment. STEVENS 0 03/13/2008 9871 PGOV,PREL DETAINED ACTIVIST \"RELEASED\" Reports by", "STEVENS"),
                arguments("1. (C) Text.\n\nGP-3\nSACCIO\n", "SACCIO"),
                arguments("1. (C) NEGOTIATING PROCESS. LAINGEN\n\nCONFIDENTIAL\n", "LAINGEN"),
                arguments("1. (U) Text.\n\nCLINTON\n", "CLINTON"),
                arguments("1. (U) Request feedback by January 8. CLINTON", "CLINTON"),
                arguments("1. (U) A paragraph that ends the cable with a sentence.\n", null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("signers")
    void findsTheSigner(String body, String expected) throws Exception {
        var cable = parse("TAGS: PREL\nSUBJECT: TEST", body);
        assertEquals(expected, cable.caption().signer());
        var last = cable.paragraphs().get(cable.paragraphs().size() - 1).text();
        if (expected != null) {
            assertTrue(!last.endsWith(expected), "the signer is not paragraph text: " + last);
        }
    }

    static Stream<Arguments> summaries() {
        return Stream.of(
                arguments("1. (SBU) SUMMARY: Kazakhstan is still affected. END SUMMARY.\n2. (U) More.", "Kazakhstan is still affected."),
                arguments("1. (U) Summary: On August 26, the Minister spoke. End Summary.\n", "On August 26, the Minister spoke."),
                arguments("1. (C) Summary. Medvedev spoke.\n\n2. (C) Putin answered. End summary.\n", "Medvedev spoke. Putin answered."),
                arguments("1. (C) SUMMARY: Unterminated summary paragraph.\n\n2. (C) Next.\n", "Unterminated summary paragraph."),
                arguments("1. (U) No summary here.\n", null),
                arguments("1. (S) (END SUMMARY) is a phrase inside a paragraph that opens nothing.\n", null),
                arguments("1. (C) SUMMARY - The talks failed (END SUMMARY).\n", "The talks failed"),
                arguments("1. SUMMARY: Old style. END SUMMARY\n", "Old style."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("summaries")
    void readsTheSummary(String body, String expected) throws Exception {
        assertEquals(expected, parse("TAGS: PREL\nSUBJECT: TEST", body).caption().summary());
    }

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                arguments("1. (SBU) Text one.\n2. (C) Text two.", List.of("1:SBU:Text one.", "2:C:Text two.")),
                arguments("1.(C) Glued marking.\n2.(S//NF) Another.", List.of("1:C:Glued marking.", "2:S//NF:Another.")),
                arguments("¶1. (S) Pilcrow.\n¶2. (U) Again.", List.of("1:S:Pilcrow.", "2:U:Again.")),
                arguments("6. (C) Six.\n7, (C) Seven with a comma.", List.of("6:C:Six.", "7:C:Seven with a comma.")),
                arguments("5. First five.\n\n5. Second five, other text.", List.of("5:null:First five.", "5-2:null:Second five, other text.")),
                arguments("No numbers here at all.\n\nA second block.", List.of("1:null:No numbers here at all.", "2:null:A second block.")),
                arguments("1. (C - ENTIRE TEXT) Whole.", List.of("1:C:Whole.")),
                arguments("1. (U) From September 21\nto October\n1, officers seized two tons.", List.of("1:U:From September 21 to October 1, officers seized two tons.")),
                arguments("1.  Lines\n  joined   with\nsingle spaces. ", List.of("1:null:Lines joined with single spaces.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void numbersMarksAndNormalisesParagraphs(String body, List<String> expected) throws Exception {
        var cable = parse("TAGS: PREL\nSUBJECT: TEST", body);
        assertEquals(expected, cable.paragraphs().stream().map(p -> p.n() + ":" + p.marking() + ":" + p.text()).toList());
    }

    @Test
    void keepsTextBeforeTheFirstParagraphAsParagraphZero() throws Exception {
        var cable = parse("TAGS: PREL\nSUBJECT: TEST", "COUNTRY TEAM. MESSAGE BEGIN SUMMARY GENERAL AZIMI ASKS.\n\n1. First.");
        assertEquals(List.of("0", "1"), cable.paragraphs().stream().map(Paragraph::n).toList());
        assertEquals("COUNTRY TEAM. MESSAGE BEGIN SUMMARY GENERAL AZIMI ASKS.", cable.paragraphs().get(0).text());
    }

    @Test
    void headingsStandOverTheParagraphsBelowThem() throws Exception {
        var cable = parse("TAGS: PREL\nSUBJECT: TEST",
                "1. (U) One ends here.\nA.  Policy Initiatives\n2. (U) Two.\n\nCOUNTRY CONTEXT AND CONTRIBUTING FACTORS\n-------\n3. (U) Three.");
        assertEquals(Arrays.asList(null, "A. Policy Initiatives", "COUNTRY CONTEXT AND CONTRIBUTING FACTORS"),
                cable.paragraphs().stream().map(Paragraph::heading).toList());
        assertEquals("Two.", cable.paragraphs().get(1).text());
    }

    static Stream<Arguments> pageBreaks() {
        return Stream.of(
                arguments("ASTANA 00000590  002.2 OF 005"),
                arguments("ASTANA 00002380 003 OF 006"),
                arguments("REYKJAVIK 00000195  002 OF 002 "),
                arguments("PAGE 02 ROME 01196 01 OF 02 281848Z"),
                arguments("PAGE 02 STATE 015113 182333Z"),
                arguments("BUENOS AIRES 00002481  002 OF 003"),
                arguments("TBILISI 00002290  006 OF 006 \\"),
                arguments("CONFIDENTIAL PAGE 03 TEHRAN 08980 02 OF 03 130458Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageBreaks")
    void joinsParagraphSplitByPageBreak(String pageBreak) throws Exception {
        var cable = parse("TAGS: PREL\nSUBJECT: TEST", "1. (U) The government\n\n" + pageBreak + "\n\ndecided to allot one billion tenge.");
        assertEquals("The government decided to allot one billion tenge.", cable.paragraphs().get(0).text());
    }

    @Test
    void takesDateFromTheDtgAndIdentityFromTheCaptionOfBareText() throws Exception {
        var cable = parser.parse(cable("R 170654Z NOV 06", "E.O. 12958: DECL: 12/02/2018\nTAGS: PREL", BODY));
        assertEquals("06ASTANA2380", cable.refId());
        assertEquals(java.time.Instant.parse("2006-11-17T06:54:00Z"), cable.created());
        assertEquals("UNCLASSIFIED", cable.classification());
        assertEquals("Embassy Astana", cable.origin());
        assertEquals(java.time.LocalDate.of(2018, 12, 2), cable.header().declassifyOn());
        assertEquals(List.of(new CableHeader.Recipient("SECSTATE WASHDC", "PRIORITY")), cable.header().to());
        assertTrue(cable.header().sipdis());
        assertEquals(SourceFormat.BARE_TEXT, cable.format());
    }

    static Stream<Arguments> notCables() {
        return Stream.of(
                arguments("", "empty"),
                arguments("   \n\n ", "empty"),
                arguments("Dear diary,\nno cable here.\n", "no reference ID"),
                arguments("<html><body><p>Hello</p></body></html>", "no <pre>"),
                arguments("{\"info\": {}, \"items\": []}", "no items[0].text"),
                arguments("{not json", "not valid"),
                arguments("UNCLAS ASTANA 000590\nTAGS: PREL\nSUBJECT: NO DATE\n\n1. Text.", "no date"),
                arguments("R 170654Z NOV 06\nUNCLAS ASTANA 000590\nTAGS: PREL\nSUBJECT: NOTHING BELOW", "no cable body"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notCables")
    void saysWhatIsMissingAndWhere(String text, String missing) {
        var e = assertThrows(CableParseException.class, () -> parser.parse(text));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
        assertTrue(e.line() >= 0);
    }
}
