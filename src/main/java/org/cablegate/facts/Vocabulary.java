package org.cablegate.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words of amounts, read once from data: units of measure ({@code facts/units.tsv}) and currencies (every ISO 4217
 * code the JDK knows, with its English name, and {@code facts/currencies.tsv}). Immutable once built; thread-safe.
 */
final class Vocabulary {

    private static final Vocabulary STANDARD = new Vocabulary(lines("/facts/units.tsv"), lines("/facts/currencies.tsv"));

    final Phrases<Unit> units = new Phrases<>();
    final Phrases<CurrencyName> currencies = new Phrases<>();

    Vocabulary(List<String> unitLines, List<String> currencyLines) {
        readUnits(unitLines);
        readCurrencies(currencyLines);
    }

    static Vocabulary standard() {
        return STANDARD;
    }

    private void readUnits(List<String> lines) {
        for (var columns : rows(lines)) {
            if (columns.length != 5) {
                throw new IllegalArgumentException("units: 5 columns expected: " + String.join("\t", columns));
            }
            var unit = new Unit(columns[0], columns[1], new BigDecimal(columns[2]),
                    columns[3].equals("-") ? null : columns[3]);
            for (var form : columns[4].split("\\|")) {
                units.add(form, unit, false);
            }
        }
    }

    private void readCurrencies(List<String> lines) {
        var ignored = new HashSet<String>();
        var ignoredCodes = new HashSet<String>();
        var nounForms = new HashMap<String, List<String>>();
        var named = new ArrayList<String[]>();
        for (var columns : rows(lines)) {
            if (columns.length != 2) {
                throw new IllegalArgumentException("currencies: 2 columns expected: " + String.join("\t", columns));
            }
            var forms = List.of(columns[1].split("\\|"));
            switch (columns[0]) {
                case "ignore" -> ignored.addAll(forms);
                case "ignore code" -> ignoredCodes.addAll(forms);
                case "forms" -> forms.forEach(f -> nounForms.put(f.toLowerCase(Locale.ROOT), forms));
                default -> named.add(columns);
            }
        }
        // The file's own names first: they settle a name the JDK gives to two currencies.
        for (var columns : named) {
            var meaning = meaning(columns[0]);
            for (var form : columns[1].split("\\|")) {
                currencies.add(form, meaning, false);
            }
        }
        for (var currency : Currency.getAvailableCurrencies()) {
            var code = currency.getCurrencyCode();
            if (ignored.contains(code)) {
                continue;
            }
            var meaning = new CurrencyName(code, Map.of());
            if (!ignoredCodes.contains(code)) {
                currencies.add(code, meaning, true);
            }
            var name = currency.getDisplayName(Locale.ENGLISH);
            if (name.contains("(") || name.equals(code)) {
                continue; // a former currency ("Afghan Afghani (1927–2002)") or one without an English name
            }
            currencies.add(name, meaning, false);
            var lastSpace = name.lastIndexOf(' ');
            if (lastSpace > 0) {
                var noun = name.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
                for (var form : nounForms.getOrDefault(noun, List.of())) {
                    currencies.add(name.substring(0, lastSpace + 1) + form, meaning, false);
                }
                if (noun.equals("dollar")) {
                    currencies.add(name.substring(0, lastSpace + 1) + "$", meaning, false); // "Canadian $"
                }
            }
        }
    }

    /** "USD", or "NOK DKK@COPENHAGEN" (a default and codes by post), or "LYD@TRIPOLI IQD@BAGHDAD" (no default). */
    private static CurrencyName meaning(String what) {
        String code = null;
        var byPost = new HashMap<String, String>();
        for (var part : what.split(" ")) {
            var at = part.indexOf('@');
            if (at < 0) {
                code = part;
            } else {
                byPost.put(part.substring(at + 1), part.substring(0, at));
            }
        }
        return new CurrencyName(code, Map.copyOf(byPost));
    }

    private static List<String[]> rows(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }

    private static List<String> lines(String resource) {
        var in = Objects.requireNonNull(Vocabulary.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for a form the tables hold. */
    boolean knows(String form) {
        return units.contains(form) || currencies.contains(form);
    }
}
