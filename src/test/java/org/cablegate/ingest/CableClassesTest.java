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

    // --- classes of the pending golden files (issue 11, second round) ---

    @Test
    void takesTheMinutesFromABareDtgOfAPartialExtract() throws Exception {
        var cable = parser.parse("201247Z Jan 04\n\nC o n f i d e n t i a l section 01 of 04 ankara 000348\n\nSipdis\n\n"
                + "E.o. 12958: decl: 01/07/2014\nTags: prel, pgov\nSubject: visit\n\n1. (C) Text.\n");
        assertEquals(java.time.Instant.parse("2004-01-20T12:47:00Z"), cable.created());
    }

    static Stream<Arguments> signersAfterComments() {
        return Stream.of(
                arguments("1. (C) Comment: It serves no purpose. END COMMENT RAY\n", "RAY", "Comment: It serves no purpose. END COMMENT"),
                arguments("1. (C) Comment: It serves no purpose. End comment. CRETZ\n", "CRETZ", "Comment: It serves no purpose. End comment."),
                arguments("1. (U) CODEL Corzine did not clear this message.\n***** ***** Visit Embassy Tel Aviv\u2019s Classified "
                        + "Website: http://www.state.sgov.gov/p/nea/telaviv\nYou can also access this site through the State "
                        + "Department\u2019s Classified SIPRNET website. ***** ***** KURTZER\n", "KURTZER", "CODEL Corzine did not clear this message."),
                arguments("1. (C) That day could come in September.\nVisit London\u2019s Classified Website: "
                        + "http://www.intelink.sgov.gov/wiki/Portal:United_Kingdom\nTUTTLE\n", "TUTTLE", "That day could come in September."),
                arguments("1. (C) Erdogan is the only partner capable of advancing toward Europe. Edelman\n", "Edelman",
                        "Erdogan is the only partner capable of advancing toward Europe."),
                arguments("1. (U) The Deputy Secretary cleared this message.\nHuntsman\nhuntsman\n", "Huntsman",
                        "The Deputy Secretary cleared this message."),
                arguments("1. (U) The monthly inflation rate for March was 5.6 percent. The\n", null,
                        "The monthly inflation rate for March was 5.6 percent. The"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("signersAfterComments")
    void readsTheSignerAfterAClosingCommentOrAWebSiteFooter(String body, String signer, String text) throws Exception {
        var cable = parse("P 020158Z DEC 09", "TAGS: PREL\nSUBJECT: TEST", body);
        assertEquals(signer, cable.caption().signer());
        assertEquals(text, cable.paragraphs().get(cable.paragraphs().size() - 1).text());
    }

    static Stream<Arguments> titleCaseHeadings() {
        return Stream.of(
                arguments("How Would It Happen?\n--------------------\n", "How Would It Happen?"),
                arguments("\nComment and Action Request:\n\n", "Comment and Action Request:"),
                arguments("\nBio notes\n-------\n", "Bio notes"),
                arguments("\n-------------------------------------\nIraq - Foreign Fighters Heading Home?\n-------------------------------------\n\n",
                        "Iraq - Foreign Fighters Heading Home?"),
                arguments("\nEssential to Use All Assets in the Fight Against Terrorism\n----------------------------\n\n",
                        "Essential to Use All Assets in the Fight Against Terrorism"),
                arguments("\n(C) Security Forces: Still Independent, for the time being\n- - - - - - - - - - - -\n\n",
                        "Security Forces: Still Independent, for the time being"),
                arguments("\n(S) Ortega Foreign Policy: Petulant Teen or Axis of Evil\nWannabe?\n- - - - - - - - - - - -\n\n",
                        "Ortega Foreign Policy: Petulant Teen or Axis of Evil Wannabe?"),
                arguments("\nReturn to DPRK?\nSafeguards in India?\n--------------------\n\n", "Return to DPRK? Safeguards in India?"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("titleCaseHeadings")
    void readsHeadingsInTitleCaseUnderlinedOrWrapped(String between, String heading) throws Exception {
        var cable = parse("P 020158Z DEC 08", "TAGS: PREL\nSUBJECT: TEST",
                "1. (C) The talks ended in March.\n" + between + "2. (C) Next steps were agreed.\n");
        assertEquals("The talks ended in March.", cable.paragraphs().get(0).text());
        assertEquals(heading, cable.paragraphs().get(1).heading());
    }

    @Test
    void aListLabelOverAWithheldNameIsNoHeading() throws Exception {
        var cable = parse("P 020158Z DEC 09", "TAGS: PREL\nSUBJECT: TEST",
                "1. (SBU) Participants:\n\nU.S.\n----\nThe Deputy Secretary\n\nChina\n------\nXXXXXXXXXXXX\n\n2. (S) The talks.\n");
        assertEquals(null, cable.paragraphs().get(1).heading());
        assertTrue(cable.paragraphs().get(0).text().endsWith("China XXXXXXXXXXXX"), cable.paragraphs().get(0).text());
    }

    @Test
    void aWithheldParagraphsMarkBetweenBlankLinesIsNoLineOfTheParagraphAbove() throws Exception {
        var cable = parse("P 020158Z DEC 09", "TAGS: PREL\nSUBJECT: TEST",
                "1. (C) First.\n\n2. (C) Second ends here.\n\nXXXXXXXXXXXX\n//COMMENT//\n\n3. (C) Third.\n");
        assertTrue(cable.paragraphs().get(1).text().endsWith("Second ends here."), cable.paragraphs().get(1).text());
        assertEquals(3, cable.paragraphs().size());
    }

    @Test
    void readsASummaryAndBackgroundOpener() throws Exception {
        var cable = parse("P 020158Z DEC 08", "TAGS: PREL\nSUBJECT: TEST\nREF: A. MANAGUA 520\nI. 2007 MANAGUA 2135",
                "1. (S/NF) Summary and Background: Fifteen months on, Ortega holds. End Summary.\n\n2. (C) More.\n");
        assertEquals("Fifteen months on, Ortega holds.", cable.caption().summary());
        assertEquals(List.of("08MANAGUA520", "07MANAGUA2135"), cable.caption().references().stream().map(Reference::refId).toList());
    }

    @Test
    void readsSipdisAfterAnAddressBlockGluedToTheCaption() throws Exception {
        var cable = parser.parse("08TRIPOLI466\nSUBJECT LINE\nSun Jun 15 00:00:00 +0200 2008\nCONFIDENTIAL\nEmbassy Tripoli\n"
                + "VZCZCXRO9780\nO 151548Z JUN 08\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3530\n"
                + "RUEHTRO/AMEMBASSY TRIPOLI 4036C O N F I D E N T I A L SECTION 01 OF 03 TRIPOLI 000466\n \nSIPDIS \n \n"
                + "E.O. 12958: DECL:  6/15/2018\nTAGS: PARM PREL\nSUBJECT: CONVERSION\n\n¶1. (C) Text.\n");
        assertTrue(cable.header().sipdis());
        assertEquals(List.of("PARM", "PREL"), cable.caption().tags());
    }

    static Stream<Arguments> personTags() {
        return Stream.of(
                arguments("TAGS: OVIP STEINBERG JAMES PREL MNUC SN CH KN", List.of("OVIP", "STEINBERG, JAMES", "PREL", "MNUC", "SN", "CH", "KN")),
                arguments("TAGS: OVIP STEINBERG JAMES B. PREL", List.of("OVIP", "STEINBERG, JAMES B.", "PREL")),
                arguments("TAGS: OVIP BUSH GEORGE PREL PGOV BR", List.of("OVIP", "BUSH, GEORGE", "PREL", "PGOV", "BR")),
                arguments("TAGS: OVIP (STEINBERG, JAMES B.), PREL", List.of("OVIP", "STEINBERG, JAMES B.", "PREL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personTags")
    void keepsPersonTagsAsPrintedWithoutAddingInitials(String line, List<String> expected) throws Exception {
        assertEquals(expected, parse("P 020158Z DEC 09", "E.O. 12958: N/A\n" + line + "\nSUBJECT: TEST", "1. (U) Body.\n").caption().tags());
    }

    @Test
    void readsASubjectWrappedOnAPageThatEndsEachLineWithABreakTag() throws Exception {
        var page = "<html><body><table class='cable'><tr><td>09CASABLANCA226</td><td>2009-12-11 17:42</td><td>2010-12-03 12:00</td>"
                + "<td>SECRET</td><td>Consulate Casablanca</td></tr></table><pre>R 111742Z DEC 09\nFM AMCONSUL CASABLANCA</pre>"
                + "<pre>S E C R E T CASABLANCA 000226 <br>\n<br>\nTAGS: ECON EINV MO <br>\nSUBJECT: PALACE COERCION PLAGUES "
                + "MOROCCO'S REAL ESTATE <br>\nSECTOR <br>\n <br>\n1. (C) The text <br>\ngoes on. <br>\n</pre></body></html>";
        var cable = parser.parse(page);
        assertEquals("PALACE COERCION PLAGUES MOROCCO'S REAL ESTATE SECTOR", cable.caption().subject());
        assertEquals("The text goes on.", cable.paragraphs().get(0).text());
    }

    @Test
    void readsAnOldExecutiveOrderLine() throws Exception {
        var cable = parse("R 130458Z AUG 79", "E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P\nTAGS: PEPR IR\nSUBJECT: NEGOTIATIONS",
                "1. (C - ENTIRE TEXT).\n\n2. THE TEXT.\n");
        assertEquals("GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", cable.header().eo());
        assertEquals(List.of("PEPR", "IR"), cable.caption().tags());
    }

    static Stream<Arguments> pageBreaks() {
        return Stream.of(
                arguments("1. (S) He raised \"The Red Cliff,\" a John Woo-directed\n\nBeijing 00002964 002 of 005\n\n\nmovie about the battle.\n",
                        "He raised \"The Red Cliff,\" a John Woo-directed movie about the battle."),
                arguments("1. (C) Remarks were brief.\nOPENING REMARKS REPEAT PREVIOUS THEMES ASTANA 00002380 002.2 OF 003\n2. (C) The session began late.\n",
                        "Remarks were brief."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pageBreaks")
    void removesPageBreaksInMixedCaseAndAfterAHeadingWithoutTakingItsWords(String body, String first) throws Exception {
        var cable = parse("P 020158Z DEC 09", "TAGS: PREL\nSUBJECT: TEST", body);
        assertEquals(first, cable.paragraphs().get(0).text());
        if (cable.paragraphs().size() > 1) {
            assertEquals("OPENING REMARKS REPEAT PREVIOUS THEMES", cable.paragraphs().get(1).heading());
        }
    }

    @Test
    void typographicQuotesGiveTheFingerprintOfStraightOnes() {
        assertEquals(Fingerprints.of("the IAEA \"did not understand\" Syria's case -- it said"),
                Fingerprints.of("the IAEA \u201Cdid not understand\u201D Syria\u2019s case \u2014 it said"));
        assertFalse(Fingerprints.of("the IAEA did not understand").equals(Fingerprints.of("the IAEA did understand")));
    }
    @ParameterizedTest(name = "{0}")
    @MethodSource("comparisonTexts")
    void fingerprintsReadTextAsVersionsCompareIt(String text) {
        assertEquals(org.cablegate.versions.ContentNormaliser.normalise(text), Fingerprints.comparisonForm(text));
    }

    static Stream<String> comparisonTexts() {
        return Stream.of("plain text.", " the \u201Cbear hug\u201D of Morales \u2014 it said ", "trafficking--but Ortega",
                "a --- b -- c\u2013d", "don''t ''quoted'' ''' x", "Syria\u2019s \u2018case\u2019 `x\u00B4",
                "-- leading and trailing --", "a\u00A0\u2007b\u200Bc\n\td", "soft\u00ADhyphen and\u2026 more",
                "\u00ABguillemets\u00BB \u2032 \u2033", "it\u2019\u2019s", "x ' ' y");
    }
}
