package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sums of money with their ISO 4217 currency: "$8 million", "one billion tenge", "EUR 15 million", ranges
 * ("$10,000 to $15,000"), and the unit a price is quoted per ("$600 for a kilo" → per kg).
 */
final class MoneyExtractor {

    private static final String SYMBOL = "(?:US\\$|USD ?|\\$|€|EUR ?|£|GBP ?)";
    private static final String WORD = "(?i:U\\.S\\. dollars|US dollars|dollars|euros?|tenge|rubles|roubles|pounds sterling"
            + "|yuan|renminbi|reais|dinars?|rials?|riyals?|manats?|lari|rupees|yen|KZT|USD|EUR|GBP|RUB|CNY|LYD|BRL|AZN|GEL|YER)";
    /** Currencies whose name several countries share: the cable's own post tells which one is meant. */
    private static final Map<String, Map<String, String>> BY_POST = Map.of(
            "rial", Map.of("SANAA", "YER", "TEHRAN", "IRR", "MUSCAT", "OMR", "RIYADH", "SAR", "JEDDAH", "SAR",
                    "DHAHRAN", "SAR", "DOHA", "QAR"),
            "dinar", Map.of("TRIPOLI", "LYD", "BAGHDAD", "IQD", "AMMAN", "JOD", "KUWAIT", "KWD", "TUNIS", "TND",
                    "ALGIERS", "DZD", "MANAMA", "BHD", "BELGRADE", "RSD"));
    private static final Pattern BARE_AMOUNT = Pattern.compile(
            Amounts.CAN_START + Amounts.NOT_INSIDE + "(" + Amounts.NUMBER + "[ -](?i:thousand|million|billion|trillion))(?![\\w])");
    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(?=[$€£UEG])(?<![\\w.,])" + SYMBOL + "(" + Amounts.AMOUNT + ")(?:\\s?(?:-|–|to)\\s?" + SYMBOL + "?(" + Amounts.AMOUNT + "))?(?![\\w])");
    private static final Pattern WORD_AFTER = Pattern.compile(
            Amounts.CAN_START + Amounts.NOT_INSIDE + "(" + Amounts.AMOUNT + ")(?:\\s?(?:-|–|to)\\s?(" + Amounts.AMOUNT + "))?[\\s-]" + WORD + "(?![\\w])");
    private static final Pattern PER = Pattern.compile(
            "^\\s(?:per|a|each|for a|for one|for each|for every)\\s(kilo|kilogram|kg|gram|ton|tonne|liter|litre|barrel|dose|gallon|month|year|day)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PER_UNITS = Map.of("kilo", "kg", "kilogram", "kg", "kg", "kg",
            "gram", "g", "ton", "t", "tonne", "t", "liter", "L", "litre", "L", "gallon", "gal");

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        for (var symbolFirst : Amounts.at(SYMBOL_FIRST, text, facts.figureStarts())) {
            var currency = currency(text.substring(symbolFirst.start(), symbolFirst.start(1)), null);
            add(facts, found, symbolFirst.start(), symbolFirst.end(), symbolFirst.group(1), symbolFirst.group(2), currency);
        }
        for (var wordAfter : Amounts.at(WORD_AFTER, text, facts.figureStarts())) {
            var word = text.substring(wordAfter.end(wordAfter.group(2) != null ? 2 : 1), wordAfter.end())
                    .replaceFirst("^[\\s-]+", "");
            add(facts, found, wordAfter.start(), wordAfter.end(), wordAfter.group(1), wordAfter.group(2),
                    currency(word, facts.paragraph().refId()));
        }
        repeated(facts, found);
        return found;
    }

    private static void add(FactBuilder facts, List<Fact> found, int start, int end, String low, String high,
                            String currency) {
        if (currency == null) {
            return;
        }
        for (var f : found) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        var lowValue = Amounts.value(low);
        var highValue = high == null ? null : Amounts.value(high);
        if (lowValue == null) {
            return;
        }
        // "$2-3 million": the multiplier written once belongs to both ends.
        if (highValue != null && !low.matches(".*[a-z]$") && high.matches(".*(?i:thousand|million|billion|trillion)$")) {
            lowValue = Amounts.value(low + high.substring(high.lastIndexOf(' ')));
        }
        var text = facts.paragraph().text();
        var per = PER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        var perUnit = per.find() ? PER_UNITS.get(per.group(1).toLowerCase(Locale.ROOT)) : null;
        found.add(highValue == null
                ? facts.fact(FactType.MONEY, start, end, lowValue, null, null, null, currency, perUnit, null, null, null, null)
                : facts.fact(FactType.MONEY, start, end, null, lowValue, highValue, null, currency, perUnit, null, null,
                null, null));
    }

    /**
     * "The ROYG claims 32 million USD … we doubt the claim of 32 million": an amount repeated without its currency
     * is the same sum of money.
     */
    private static void repeated(FactBuilder facts, List<Fact> found) {
        var known = new java.util.HashMap<String, Fact>();
        for (var f : List.copyOf(found)) {
            var bare = BARE_AMOUNT.matcher(f.text());
            if (bare.find()) {
                known.putIfAbsent(bare.group(1).toLowerCase(Locale.ROOT), f);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        var m = BARE_AMOUNT.matcher(facts.paragraph().text());
        while (m.find()) {
            var same = known.get(m.group(1).toLowerCase(Locale.ROOT));
            int start = m.start();
            int end = m.end();
            if (same != null && found.stream().noneMatch(f -> start < f.end() && f.start() < end)) {
                found.add(facts.fact(FactType.MONEY, start, end, same.value(), null, null, null, same.currency(),
                        null, null, null, null, null));
            }
        }
    }

    static String currency(String mark, String refId) {
        var m = mark.trim().toLowerCase(Locale.ROOT);
        for (var shared : BY_POST.entrySet()) {
            if (m.startsWith(shared.getKey()) || m.startsWith(shared.getKey().replace("rial", "riyal"))) {
                var post = refId == null ? "" : refId.replaceAll("^\\d{2}|\\d+$", "");
                return shared.getValue().get(post);
            }
        }
        if (m.contains("$") || m.contains("dollar") || m.equals("usd")) {
            return "USD";
        }
        if (m.startsWith("€") || m.startsWith("eur")) {
            return "EUR";
        }
        if (m.startsWith("£") || m.startsWith("pound") || m.equals("gbp")) {
            return "GBP";
        }
        return switch (m) {
            case "tenge", "kzt" -> "KZT";
            case "rubles", "roubles", "rub" -> "RUB";
            case "yuan", "renminbi", "cny" -> "CNY";
            case "reais", "brl" -> "BRL";
            case "lyd" -> "LYD";
            case "yer" -> "YER";
            case "manat", "manats", "azn" -> "AZN";
            case "lari", "gel" -> "GEL";
            case "rupees" -> "INR";
            case "yen" -> "JPY";
            default -> null;
        };
    }
}
