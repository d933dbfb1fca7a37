package org.cablegate.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forms of dates, references and acronyms the issue lists, each read from a sentence as a cable prints it. */
class DatesReferencesAcronymsTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<Fact> facts(String text, String cableDate, FactType type) {
        var context = new ParagraphContext("07BERLIN100", "1", text, LocalDate.parse(cableDate),
                Map.of("A", "07STATE111", "B", "07BERLIN90"), List.of("07STATE111", "07BERLIN90", "07ABUDHABI1234"));
        return extractor.extract(context).stream().filter(f -> f.type() == type).toList();
    }

    private String date(String text, String cableDate) {
        var dates = facts(text, cableDate, FactType.DATE);
        assertEquals(1, dates.size(), text + ": " + dates);
        return dates.get(0).text() + " = " + dates.get(0).date();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "He arrived on September 29, 2006.|September 29, 2006 = 2006-09-29",
            "He arrived on 29 September 2006.|29 September 2006 = 2006-09-29",
            "He arrived on Sept. 29.|Sept. 29 = 2007-09-29",
            "They met on December 28.|December 28 = 2007-12-28",
            "It was signed in November 2005.|November 2005 = 2005-11",
            "It was signed in 2005.|2005 = 2005",
            "Nothing changed since 2003.|2003 = 2003",
            "It must be done by 2010.|2010 = 2010",
            "Before the 2008 elections, little moved.|2008 = 2008",
            "Funds for FY2009 are short.|FY2009 = 2009",
            "The minister said so yesterday.|yesterday = 2007-11-13",
            "The minister will decide tomorrow.|tomorrow = 2007-11-15",
            "The minister spoke on Monday.|Monday = 2007-11-12",
            "The minister will speak on Monday.|Monday = 2007-11-19",
            "The minister spoke last week.|last week = 2007-11-05/2007-11-11",
            "The minister speaks next month.|next month = 2007-12",
            "The minister spoke last year.|last year = 2006",
            "The talks on April 23-24 went well.|April 23-24 = 2007-04-23/2007-04-24",
            "The talks in early January will go well.|early January = 2008-01",
            "The talks of mid-May 2007 went well.|mid-May 2007 = 2007-05",
            "By the end of March, nothing had moved.|the end of March = 2007-03",
            "In summer 2005, nothing moved.|summer 2005 = 2005-06/2005-08",
            "The minister spoke two days ago.|two days ago = 2007-11-12",
            "It lasted from March to June 2006.|from March to June 2006 = 2006-03/2006-06",
            "It lasted March-June 2006.|March-June 2006 = 2006-03/2006-06",
            "It lasted between 2003 and 2005.|between 2003 and 2005 = 2003/2005",
            "It lasted 2003-2005.|2003-2005 = 2003/2005",
            "It was common in the 1990s.|the 1990s = 1990/1999",
            "It happens in early 2007.|early 2007 = 2007-01/2007-04",
            "It happens in late 2007.|late 2007 = 2007-09/2007-12",
            "It grew in the first half of 2006.|the first half of 2006 = 2006-01/2006-06",
            "It grew in the third quarter of 2006.|the third quarter of 2006 = 2006-07/2006-09",
            "It grew in Q3 2006.|Q3 2006 = 2006-07/2006-09",
            "It grew in the first nine months of 2006.|the first nine months of 2006 = 2006-01/2006-09"})
    void datesAreResolvedAgainstTheCablesDate(String text, String expected) {
        assertEquals(expected, date(text, "2007-11-14"));
    }

    @Test
    void aDecemberDayWrittenInJanuaryIsInTheYearBefore() {
        assertEquals("December 28 = 2006-12-28", date("The minister left on December 28.", "2007-01-05"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "They stayed for three years.", "He is 45 years old.", "They met at 1400 hours.",
            "It improved recently.", "It will improve in coming months.", "UNSCR 1747 calls on states.",
            "The police counted 2000 troops."})
    void durationsAgesTimesAndNumbersAreNoDates(String text) {
        assertEquals(List.of(), facts(text, "2007-11-14", FactType.DATE));
    }

    @Test
    void aReferenceListCitesEachCableOnce() {
        var refs = facts("As reported in refs A and B, and in ref (A) again.", "2007-11-14", FactType.REFERENCE);
        assertEquals(List.of("refs A", "B", "ref (A)"), refs.stream().map(Fact::text).toList());
        assertEquals(List.of("07STATE111", "07BERLIN90", "07STATE111"), refs.stream().map(Fact::target).toList());
    }

    @Test
    void septelHasNoTargetAndIdsWithoutYearTakeItFromTheCaption() {
        var refs = facts("Details septel. See ABU DHABI 1234, STATE 111 and 06 STATE 154928; also Berlin 157.",
                "2007-11-14", FactType.REFERENCE);
        assertEquals(List.of("septel", "ABU DHABI 1234", "STATE 111", "06 STATE 154928", "Berlin 157"),
                refs.stream().map(Fact::text).toList());
        assertTrue(refs.get(0).target() == null && refs.get(4).target() == null, refs.toString());
        assertEquals(List.of("07ABUDHABI1234", "07STATE111", "06STATE154928"),
                refs.subList(1, 4).stream().map(Fact::target).toList());
    }

    @Test
    void aDateInsideAReferenceIsNoDate() {
        assertEquals(List.of(), facts("See STATE 2004 for details.", "2007-11-14", FactType.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Financial Action Task Force (FATF) met.|Financial Action Task Force (FATF)|Financial Action Task Force",
            "The UNDAF (UN Development Assistance Framework) helps.|UNDAF (UN Development Assistance Framework)|UN Development Assistance Framework",
            "They joined the Financial Action Task Force, or FATF, in May.|Financial Action Task Force, or FATF|Financial Action Task Force",
            "Chief of Mission (COM) guidance applies.|Chief of Mission (COM)|Chief of Mission",
            "The EU Member States (EUMS) agreed.|EU Member States (EUMS)|EU Member States",
            "The FBI Legal Attache (LEGATT) agreed.|Legal Attache (LEGATT)|Legal Attache",
            "He was declared persona non grata (PNG) at once.|persona non grata (PNG)|persona non grata",
            "The Committee for National Security (KNB) agreed.|Committee for National Security (KNB)|Committee for National Security",
            // letters in order inside the words, not only initials (Schwartz and Hearst's alignment)
            "He spoke for External Relations and Policy Coordination (EXPO) at length.|External Relations and Policy Coordination (EXPO)|External Relations and Policy Coordination",
            "Abu Musab al-Zarqawi (AMZ) was killed.|Abu Musab al-Zarqawi (AMZ)|Abu Musab al-Zarqawi",
            "The Government Communications Headquarters (GCHQ) listens.|Government Communications Headquarters (GCHQ)|Government Communications Headquarters",
            // a lower-case noun after a capitalised expansion is what the acronym qualifies, not part of it
            "They discussed Foreign Military Financing programs (FMF) again.|Foreign Military Financing programs (FMF)|Foreign Military Financing",
            // both parts of an acronym with a slash, in either order
            "He met the Human Rights Office of the Ministry of Foreign Affairs (MFA/HR) today.|Human Rights Office of the Ministry of Foreign Affairs (MFA/HR)|Human Rights Office of the Ministry of Foreign Affairs",
            "Stop weapons of mass destruction and delivery systems (WMD/DS) now.|weapons of mass destruction and delivery systems (WMD/DS)|weapons of mass destruction and delivery systems",
            // an acronym that carries its expansion's number
            "They signed the Strategic Arms Reduction Treaty 2 (START 2) then.|Strategic Arms Reduction Treaty 2 (START 2)|Strategic Arms Reduction Treaty 2",
            "The Trans-Pacific Express-2 (TPE-2) cable lands here.|Trans-Pacific Express-2 (TPE-2)|Trans-Pacific Express-2",
            // a plural "s" after a lower-case letter
            "Two Political Officers (PolOffs) attended.|Political Officers (PolOffs)|Political Officers"})
    void acronymsAreDefinedInEachForm(String text, String surface, String expansion) {
        var acronyms = facts(text, "2007-11-14", FactType.ACRONYM);
        assertEquals(1, acronyms.size(), acronyms.toString());
        assertEquals(surface, acronyms.get(0).text());
        assertEquals(expansion, acronyms.get(0).target());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Chancellor Helmut Kohl (CDU) spoke.", "Troops from the United Kingdom (UK) came.", "It grew by 12 (15) percent."})
    void partyAffiliationsCountriesAndNumbersAreNoDefinitions(String text) {
        var acronyms = facts(text, "2007-11-14", FactType.ACRONYM);
        assertTrue(acronyms.stream().noneMatch(f -> f.text().contains("Kohl") || f.text().contains("(15)")), acronyms.toString());
    }

    @Test
    void aLetterOfAReflineWithoutLettersIsItsPlaceInTheLine() {
        var context = new ParagraphContext("09BERLIN1360", "1", "She criticised the measures (see ref C) and ref A.",
                LocalDate.parse("2009-10-29"), Map.of(), List.of("09BERLIN1337", "09BERLIN1340", "09BERLIN1167"));
        var refs = extractor.extract(context).stream().filter(f -> f.type() == FactType.REFERENCE).toList();
        assertEquals(List.of("ref C", "ref A"), refs.stream().map(Fact::text).toList());
        assertEquals(List.of("09BERLIN1167", "09BERLIN1337"), refs.stream().map(Fact::target).toList());
    }

    @Test
    void aNumberThatIsNotTheExpansionsIsNoDefinition() {
        assertEquals(List.of(), facts("The Strategic Arms Reduction Treaty (START 2) and Article 5 (Article 5) apply.",
                "2007-11-14", FactType.ACRONYM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Staff of Embassy Bujumbura (SBU) met the minister.", "Officials of Ukraine Kharkiv (UKR) said so.",
            "Representative Nancy Pelosi (D-CA) spoke.", "Chancellor Angela Merkel (CDU) spoke."})
    void classificationMarkingsCountryCodesAndAffiliationsAreDefinedOnlyWhenSpelledLetterByLetter(String text) {
        assertEquals(List.of(), facts(text, "2007-11-14", FactType.ACRONYM));
    }
}
