package org.cablegate.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sums of money with their ISO 4217 currency, as the {@link AmountGrammar} reads them ("$8 million", "one billion
 * tenge", "EUR 15 million", "Reals $2.1 million", "$10,000 to $15,000"), the unit a price is quoted per ("$600 for a
 * kilo" → per kg), and a sum repeated without its currency in the same paragraph.
 */
final class MoneyExtractor {

    private static final Pattern PER = Pattern.compile(
            "^\\s(?:per|a|an|each|for a|for one|for each|for every)\\s(kilo|kilogram|kg|gram|ton|tonne|liter|litre|barrel|dose|gallon|month|year|day|week|hour)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PER_UNITS = Map.of("kilo", "kg", "kilogram", "kg", "kg", "kg",
            "gram", "g", "ton", "t", "tonne", "t", "liter", "L", "litre", "L", "gallon", "gal");

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        var sums = new HashMap<String, Fact>();
        for (var a : facts.amounts()) {
            if (!a.isMoney()) {
                continue;
            }
            var per = PER.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 30)));
            var perUnit = per.find() ? perUnit(per.group(1)) : null;
            var fact = facts.fact(FactType.MONEY, a.start(), a.end(), a.value(), a.low(), a.high(), null,
                    a.currency(), perUnit, null, null, null, null, a.qualifier());
            found.add(fact);
            if (a.value() != null) {
                sums.putIfAbsent(bare(fact.text()), fact);
            }
        }
        if (!sums.isEmpty()) {
            repeated(facts, sums, found);
        }
        return found;
    }

    /**
     * "The ROYG claims 32 million USD … we doubt the claim of 32 million": a sum with a multiplier repeated without
     * its currency is the same sum of money.
     */
    private static void repeated(FactBuilder facts, Map<String, Fact> sums, List<Fact> found) {
        var text = facts.paragraph().text();
        for (var a : facts.amounts()) {
            if (!a.isBare() || a.value() == null) {
                continue;
            }
            var same = sums.get(bare(text.substring(a.start(), a.end())));
            if (same != null && same.value().compareTo(a.value()) == 0) {
                found.add(facts.fact(FactType.MONEY, a.start(), a.end(), same.value(), null, null, null,
                        same.currency(), null, null, null, null, null, a.qualifier()));
            }
        }
    }

    /** The number and multiplier of a sum as written, without its currency: "32 million USD" → "32 million". */
    private static String bare(String written) {
        int from = 0;
        while (from < written.length() && !Character.isDigit(written.charAt(from))) {
            from++;
        }
        var number = from < written.length() ? Numbers.at(written, from) : null;
        return number == null ? "" : written.substring(from, number.end()).toLowerCase(Locale.ROOT);
    }

    private static String perUnit(String word) {
        var w = word.toLowerCase(Locale.ROOT);
        return PER_UNITS.getOrDefault(w, w);
    }
}
