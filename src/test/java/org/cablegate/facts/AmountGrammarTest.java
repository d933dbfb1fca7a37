package org.cablegate.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountGrammarTest {

    private final AmountGrammar grammar = new AmountGrammar(Vocabulary.standard());

    private List<Amount> read(String text) {
        return grammar.read(text, Numbers.starts(text), "08WASHINGTON1");
    }

    private Amount only(String text) {
        var amounts = read(text).stream().filter(a -> !a.isBare()).toList();
        assertEquals(1, amounts.size(), text + ": " + amounts);
        return amounts.get(0);
    }

    private static String written(String text, Amount a) {
        return text.substring(a.start(), a.end());
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, expected + " vs " + actual);
    }

    /** text | surface | low | high | unit or currency */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "production fell to 20 to 25 million tons last year|20 to 25 million tons|20000000000|25000000000|kg",
            "it will cost $2-3 billion over time|$2-3 billion|2000000000|3000000000|USD",
            "some 5 to 7 thousand hectares of poppy|5 to 7 thousand hectares|50000000|70000000|m2",
            "prices from $10,000 to $15,000 a kilo|$10,000 to $15,000|10000|15000|USD",
            "between 10 and 15 percent of voters|10 and 15 percent|10|15|%",
            "inflation ranged from 12.5 percent to 14 percent|12.5 percent to 14 percent|12.5|14|%",
            "inflation of 12.5 percent to 14 percent|12.5 percent to 14 percent|12.5|14|%",
            "seized 100-120 tons of drugs|100-120 tons|100000|120000|kg",
            "a wall of 5–7 meters|5–7 meters|5|7|m",
            "from 2000 to 2500 tons|2000 to 2500 tons|2000000|2500000|kg",
            "EUR 5 - 7 million in aid|EUR 5 - 7 million|5000000|7000000|EUR",
            "one to two million barrels|one to two million barrels|158987000|317974000|L"})
    void rangesTakeTheirUnitAndMultiplierFromEitherEnd(String text, String surface, String low, String high,
                                                       String kind) {
        var a = only(text);
        assertEquals(surface, written(text, a));
        assertNull(a.value());
        assertValue(low, a.low());
        assertValue(high, a.high());
        assertEquals(kind, a.isMoney() ? a.currency() : a.unit().symbol());
    }

    @Test
    void aYearIsNeverTheLowEndOfARange() {
        var text = "output fell from 4 million tons in 2006 to 3.1 million tons in 2008";
        var amounts = read(text);
        assertEquals(List.of("4 million tons", "3.1 million tons"), amounts.stream().map(a -> written(text, a)).toList());
        assertValue("3100000000", amounts.get(1).value());
        var percent = "growth in 2008 to 3.8% of GDP";
        assertEquals("3.8%", written(percent, only(percent)));
    }

    @Test
    void aFallingPairIsTwoAmountsNotARange() {
        var text = "unemployment fell from 14 percent to 12.5 percent";
        assertEquals(List.of("14 percent", "12.5 percent"), read(text).stream().map(a -> written(text, a)).toList());
    }

    @Test
    void aMovementFromOneValueToAnotherIsTwoAmounts() {
        var text = "the price has dropped from 120 USD to 60, and trade will grow from a value of $40 billion to $60 billion";
        var amounts = read(text);
        assertEquals(List.of("120 USD", "60", "$40 billion", "$60 billion"),
                amounts.stream().map(a -> written(text, a)).toList());
        assertEquals("USD", amounts.get(1).currency(), "a bare end takes the unit of the other");
        var range = "a kilo ranges from $10,000 to $15,000";
        assertEquals(1, read(range).size(), "without a word of change, from ... to is a range");
    }

    @Test
    void aBareNumberCoordinatedWithAnAmountSharesItsUnit() {
        var text = "they control 45 and 5 percent stakes, in 2008 and 10 percent";
        var amounts = read(text);
        assertEquals(List.of("45", "5 percent", "10 percent"), amounts.stream().map(a -> written(text, a)).toList());
        assertTrue(amounts.get(0).isPercent());
    }

    @Test
    void endsOfDifferentKindsAreNoRange() {
        var text = "5 tons to 7 percent";
        assertEquals(2, read(text).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cost about $5 million|about|$5 million", "some 500 tons were seized|some|500 tons",
            "more than 3,000 tablets|more than|3,000 tablets", "up to 40 percent|up to|40 percent",
            "approximately 49 million USD|approximately|49 million USD",
            "an estimated 1.2 million hectares|an estimated|1.2 million hectares",
            "nearly between 5 and 6 tons|nearly|5 and 6 tons", "a total of 5 tons||5 tons"})
    void approximationsAreKeptAsAQualifierOutsideTheText(String text, String qualifier, String surface) {
        var a = only(text);
        assertEquals(qualifier, a.qualifier());
        assertEquals(surface, written(text, a));
    }

    @Test
    void aPrintedSignIsKept() {
        var text = "GDP growth was -1.2% in 2009 and +0.5% in 2010";
        var amounts = read(text);
        assertEquals("-1.2%", written(text, amounts.get(0)));
        assertValue("-1.2", amounts.get(0).value());
        assertEquals('-', amounts.get(0).sign());
        assertEquals("+0.5%", written(text, amounts.get(1)));
        assertValue("0.5", amounts.get(1).value());
        assertEquals('+', amounts.get(1).sign());
        var range = "a 100-120 ton load";
        assertEquals(0, read(range).stream().filter(a -> a.sign() != 0).count(), "a hyphen between numbers is no sign");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "produces 1.2 million barrels a day|1.2 million barrels|day|190784400",
            "a 100,000 barrel-per-day refinery|100,000 barrel-per-day|day|15898700",
            "exports of 300,000 bpd|300,000 bpd|day|47696100",
            "some 2 million tons per year|2 million tons|year|2000000000",
            "pumping 500 cubic meters/hour|500 cubic meters|hour|500000",
            "7 billion kWh annually|7 billion kWh|year|25200000000000000"})
    void ratesCarryTheirPeriodOutsideTheText(String text, String surface, String per, String value) {
        var a = only(text);
        assertEquals(surface, written(text, a));
        assertEquals(per, a.per());
        assertValue(value, a.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Reals $2.1 million|Reals $2.1 million|BRL|2100000", "US$ 35 million|US$ 35 million|USD|35000000",
            "75 billion RMB|75 billion RMB|CNY|75000000000", "40 million NOK|40 million NOK|NOK|40000000",
            "Euros 5 million|Euros 5 million|EUR|5000000", "Hong Kong $ 3 billion|Hong Kong $ 3 billion|HKD|3000000000",
            "5 million Canadian dollars|5 million Canadian dollars|CAD|5000000",
            "120 million Norwegian kroner|120 million Norwegian kroner|NOK|120000000",
            "3 billion Macedonian denars|3 billion Macedonian denars|MKD|3000000000",
            "a 950-euro fine|950-euro|EUR|950", "costs $5m now|$5m|USD|5000000", "EUR 15 million|EUR 15 million|EUR|15000000",
            "half a billion dollars|half a billion dollars|USD|500000000", "R$ 40|R$ 40|BRL|40",
            "50,000 afghanis|50,000 afghanis|AFN|50000", "Canadian $12 million|Canadian $12 million|CAD|12000000",
            "USD4 million|USD4 million|USD|4000000", "$26 million dollars|$26 million dollars|USD|26000000", "2 million rand|2 million rand|ZAR|2000000"})
    void currenciesOnEitherSide(String text, String surface, String currency, String value) {
        var a = only(text);
        assertEquals(surface, written(text, a));
        assertEquals(currency, a.currency());
        assertValue(value, a.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "45 km|45000", "1,200 kilometers|1200000", "300 miles|482803.2", "5 meters|5", "9 millimeter|0.009",
            "4,100 cubic meters|4100000", "20 cu m|20000", "15 m3|15000", "10 barrels|1589.87", "10,000 carats|2",
            "100 troy ounces|3.11035", "500 MW|500000000", "3 kWh|10800000", "50 ecstasy pills|50", "nine-kilo|9",
            "27 quadrillion BTUs|28486507950000000000", "27 quadrillion British Thermal Units|28486507950000000000", "132 kV|132000", "216 and a half hectares|2165000",
            "700,000 total hectares|7000000000", "19.6 billions of liters|19600000000"})
    void unitsAreNormalised(String text, String value) {
        assertValue(value, only(text).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in the 1990s|0", "the 5th of May|0", "3G licences|0", "Seven Mile Dam|0",
            "paid 5 million dollars 2 years ago|1", "2008-2009|0", "about 300 people|0", "Resolution 1737|0"})
    void wordsAndNumbersThatAreNoAmount(String text, long expected) {
        assertEquals(expected, read(text).stream().filter(a -> !a.isBare()).count(), text);
    }
}
