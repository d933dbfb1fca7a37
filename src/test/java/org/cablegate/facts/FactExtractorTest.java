package org.cablegate.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The facts of whole paragraphs: one fact per amount, typed by what the amount is of, with stable ids. */
class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<Fact> facts(String refId, String text, FactType type) {
        var p = new ParagraphContext(refId, "4", text, LocalDate.of(2008, 5, 1), Map.of(), List.of());
        return extractor.extract(p).stream().filter(f -> f.type() == type).toList();
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void idsAreRefIdParagraphTypeAndStart() {
        var money = facts("08OSLO461", "Norway gave 40 million NOK in aid.", FactType.MONEY);
        assertEquals("08OSLO461-4-money-12", money.get(0).id());
        assertEquals("NOK", money.get(0).currency());
    }

    @Test
    void moneyTakesTheCurrencyOfThePostAndKeepsItsQualifier() {
        var money = facts("10TRIPOLI115", "The contract is worth about 300 million dinars.", FactType.MONEY).get(0);
        assertEquals("300 million dinars", money.text());
        assertEquals("LYD", money.currency());
        assertEquals("about", money.qualifier());
        assertEquals(List.of(), facts("08WASHINGTON1", "It is worth 300 million dinars.", FactType.MONEY),
                "a dinar of no known post is no currency to guess");
    }

    @Test
    void aSumRepeatedWithoutItsCurrencyIsMoneyOnce() {
        var money = facts("04SANAA2346", "They claim 32 million USD. We doubt the 32 million and the 7 million.",
                FactType.MONEY);
        assertEquals(List.of("32 million USD", "32 million"), money.stream().map(Fact::text).toList());
        assertEquals("USD", money.get(1).currency());
    }

    @Test
    void aPriceKeepsWhatItIsQuotedPer() {
        var money = facts("08ASTANA2380", "Heroin sells for $600 for a kilo.", FactType.MONEY).get(0);
        assertEquals("kg", money.per());
    }

    @Test
    void quantitiesAreNormalisedAndNameTheirSubstance() {
        var q = facts("08KABUL1", "Police seized 4,100 cubic meters of diesel and 20 to 25 million tons of opium 45 km "
                + "from Kabul, plus 300 barrels a day.", FactType.QUANTITY);
        assertEquals(List.of("4,100 cubic meters", "20 to 25 million tons", "45 km", "300 barrels"),
                q.stream().map(Fact::text).toList());
        assertValue("4100000", q.get(0).value());
        assertEquals("diesel", q.get(0).substance());
        assertValue("20000000000", q.get(1).valueMin());
        assertValue("25000000000", q.get(1).valueMax());
        assertEquals("m", q.get(2).unit());
        assertNull(q.get(2).substance(), "a distance is of no substance");
        assertEquals("day", q.get(3).per());
        assertEquals("L", q.get(3).unit());
    }

    @Test
    void percentagesKeepTheirSignAndDirection() {
        var p = facts("09BERLIN1", "GDP shrank -1.2% while exports saw a decline of 3%, and rates were 12.5 percent "
                + "to 14 percent.", FactType.PERCENTAGE);
        assertEquals(List.of("-1.2%", "3%", "12.5 percent to 14 percent"), p.stream().map(Fact::text).toList());
        assertValue("-1.2", p.get(0).value());
        assertEquals("decrease", p.get(0).direction());
        assertEquals("decrease", p.get(1).direction());
        assertValue("12.5", p.get(2).valueMin());
        assertValue("14", p.get(2).valueMax());
    }

    @Test
    void oneFactPerAmount() {
        var text = "A grant of $8 million and 5 percent.";
        var p = new ParagraphContext("08X1", "1", text, LocalDate.of(2008, 1, 1), Map.of(), List.of());
        var figures = extractor.extract(p).stream()
                .filter(f -> f.type() == FactType.MONEY || f.type() == FactType.QUANTITY || f.type() == FactType.PERCENTAGE)
                .map(f -> f.type() + " " + f.text()).toList();
        assertEquals(List.of("MONEY $8 million", "PERCENTAGE 5 percent"), figures);
    }
}
