package org.cablegate.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    private final Vocabulary words = Vocabulary.standard();

    private Unit unit(String form) {
        var m = words.units.forward(form, 0);
        assertNotNull(m, form);
        assertEquals(form.length(), m.end(), form);
        return m.meaning();
    }

    private String currency(String form, String refId) {
        var m = words.currencies.forward(form, 0);
        return m == null || m.end() != form.length() ? null : m.meaning().codeIn(refId);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kilos|kg|1", "metric tons|kg|1000", "grams|kg|0.001", "carats|kg|0.0002", "troy ounces|kg|0.0311035",
            "liters|L|1", "cubic meters|L|1000", "cu m|L|1000", "m3|L|1000", "barrels|L|158.987", "gallons|L|3.785411784",
            "hectares|m2|10000", "sq km|m2|1000000", "square meters|m2|1", "acres|m2|4046.8564224",
            "km|m|1000", "kilometers|m|1000", "miles|m|1609.344", "meters|m|1", "mm|m|0.001", "millimeter|m|0.001",
            "MW|W|1000000", "megawatts|W|1000000", "kWh|J|3600000", "GWh|J|3600000000000", "BTUs|J|1055.05585",
            "kV|V|1000",
            "doses|doses|1", "ampules|ampoules|1", "percent|%|1", "per cent|%|1", "%|%|1"})
    void unitsNormaliseThroughOneTable(String form, String symbol, BigDecimal factor) {
        var unit = unit(form);
        assertEquals(symbol, unit.symbol());
        assertEquals(0, factor.compareTo(unit.factor()), form);
    }

    @Test
    void ratesWrittenIntoAUnitCarryTheirPeriod() {
        assertEquals("day", unit("bpd").per());
        assertEquals("day", unit("barrel-per-day").per());
        assertNull(unit("barrels").per());
    }

    @Test
    void everyIsoCodeOfTheJdkIsACurrencyButTheIgnoredOnes() {
        var ignored = List.of("ALL", "TOP", "TRY", "XAU", "XXX");
        int known = 0;
        for (var c : Currency.getAvailableCurrencies()) {
            var code = c.getCurrencyCode();
            var read = currency(code, "09OSLO1");
            if (read != null) {
                assertEquals(code, read);
                known++;
            }
        }
        assertTrue(known >= Currency.getAvailableCurrencies().size() - 45, "codes known: " + known);
        ignored.forEach(code -> assertNull(currency(code, null), code));
        assertNull(currency("nok", null), "codes are read in capitals only");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norwegian kroner|NOK", "Norwegian Krone|NOK", "kroner|NOK", "Macedonian denars|MKD", "denars|MKD",
            "rand|ZAR", "South African rand|ZAR", "naira|NGN", "Nigerian naira|NGN", "afghanis|AFN", "reals|BRL",
            "Reais|BRL", "euros|EUR", "Euro|EUR", "RMB|CNY", "yuan|CNY", "US$|USD", "dollars|USD",
            "Hong Kong $|HKD", "HK$|HKD", "Canadian dollars|CAD", "Kenyan shillings|KES", "Moroccan dirhams|MAD",
            "UAE dirhams|AED", "Swiss francs|CHF", "Turkish lira|TRY", "tenge|KZT", "pounds sterling|GBP", "€|EUR"})
    void currencyNamesPluralsAdjectivesAndSymbols(String form, String code) {
        assertEquals(code, currency(form, "08WASHINGTON1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dinars|10TRIPOLI115|LYD", "dinars|08BAGHDAD12|IQD", "dinars|08WASHINGTON1|", "rials|04SANAA2346|YER",
            "shillings|09NAIROBI5|KES", "shillings|09KAMPALA5|UGX", "shillings|09PARIS5|",
            "dirhams|09RABAT5|MAD", "dirhams|09ABUDHABI5|AED", "kroner|09COPENHAGEN5|DKK", "pesos|09MEXICO5|MXN",
            "pounds|09LONDON5|GBP", "pounds|09CAIRO5|EGP", "pounds|09KABUL5|"})
    void aNameSeveralCountriesUseIsSettledByThePost(String form, String refId, String code) {
        assertEquals(code, currency(form, refId));
    }

    @Test
    void poundsWeighWhereThePostDoesNotMakeThemMoney() {
        assertEquals("kg", unit("pounds").symbol());
        assertTrue(words.knows("pounds"));
        assertFalse(words.knows("real"), "a bare \"real\" is an English word, not a currency");
    }

    @Test
    void thePostIsTheLettersOfTheReferenceId() {
        assertEquals("OSLO", CurrencyName.post("09OSLO123"));
        assertEquals("UNVIEVIENNA", CurrencyName.post("09UNVIEVIENNA540"));
    }
}
