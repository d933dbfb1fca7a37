package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as cables write them: digits with thousands separators and decimals ("22,549", "48.763"), words ("two",
 * "one"), and multipliers ("1.2 million", "145 thousand", "one billion").
 */
final class Amounts {

    /** Digits, or a number word; then an optional multiplier. Bounded: no catastrophic backtracking. */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,4})?|\\d{1,12}(?:\\.\\d{1,6})?|\\.\\d{1,4}"
            // number words as a trie: a word that starts no number fails on its first or second letter
            + "|(?i:o(?:ne hundred|ne)|t(?:wo|hree|en|welve|wenty|hirty)|f(?:ifteen|ifty|orty|our|ive)"
            + "|s(?:ixty|ix|eventy|even)|e(?:ighty|ight|leven)|n(?:inety|ine)|a hundred|half a))";
    static final String MULTIPLIER = "(?:[ -](?i:thousand|million|billion|trillion|mln|bln))?";
    static final String AMOUNT = NUMBER + MULTIPLIER;
    /**
     * A cheap first test for where an amount can start (a digit, a point, or the first letter of a number word): put
     * in front of a pattern, it lets the regex engine skip most positions of a paragraph at once.
     */
    static final String CAN_START = "(?=[0-9.]|(?<![A-Za-z])[otfsenahOTFSENAH])";
    /** Not inside a word or a number: "1.5" does not hold an amount "5"; "pay...one million" does hold one. */
    static final String NOT_INSIDE = "(?<![\\w$€£])(?<!\\d[.,])";

    /**
     * A figure matched as group 1, or as a range from group 1 to group 2. A range must rise: "2008 to 3.8%" is a year
     * and then the figure, which starts at group 2.
     *
     * @param high null for a single value
     */
    record Figure(int start, BigDecimal low, BigDecimal high) {

        /** The figure of a match, or null when its number is none ("several"). */
        static Figure of(java.util.regex.MatchResult m) {
            var low = value(m.group(1));
            var high = m.group(2) == null ? null : value(m.group(2));
            if (high != null && (low == null || low.compareTo(high) >= 0)) {
                return new Figure(m.start(2), high, null);
            }
            return low == null ? null : new Figure(m.start(), low, high);
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a hundred", 100), Map.entry("one hundred", 100));
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static final Pattern WORD_NUMBER = Pattern.compile(
            "(?i:o(?:ne hundred|ne)|t(?:wo|hree|en|welve|wenty|hirty)|f(?:ifteen|ifty|orty|our|ive)"
                    + "|s(?:ixty|ix|eventy|even)|e(?:ighty|ight|leven)|n(?:inety|ine)|a hundred|half a)(?![A-Za-z])");

    private Amounts() {
    }

    /**
     * Where a figure can start: the first digit of a number, a currency sign or code, a number word. One linear scan
     * per paragraph; the money, quantity and percentage patterns are then tried only there.
     */
    static List<Integer> starts(String text) {
        var starts = new ArrayList<Integer>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            var c = text.charAt(i);
            var prev = i > 0 ? text.charAt(i - 1) : ' ';
            var wordStart = !Character.isLetterOrDigit(prev);
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                starts.add(i);
                // the rest of the number: "22,549.5"
                while (i + 1 < n && (Character.isDigit(text.charAt(i + 1))
                        || (text.charAt(i + 1) == ',' || text.charAt(i + 1) == '.') && i + 2 < n
                        && Character.isDigit(text.charAt(i + 2)))) {
                    i++;
                }
            } else if (c == '$' || c == '€' || c == '£') {
                starts.add(i);
            } else if (wordStart && (c == 'U' || c == 'E' || c == 'G') && i + 2 < n && Character.isUpperCase(text.charAt(i + 1))) {
                starts.add(i); // USD, US$, EUR, GBP
            } else if (wordStart && "otfsenahOTFSENAH".indexOf(c) >= 0
                    && WORD_NUMBER.matcher(text).region(i, Math.min(n, i + 12)).lookingAt()) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * The matches of {@code pattern} that begin at a figure start, without overlaps, in order. Bounds are transparent
     * so that the patterns' look-behinds still see the text before the start.
     */
    static List<java.util.regex.MatchResult> at(Pattern pattern, String text, List<Integer> starts) {
        var matches = new ArrayList<java.util.regex.MatchResult>();
        var m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = 0;
        for (int start : starts) {
            if (start < after) {
                continue;
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                matches.add(m.toMatchResult());
                after = m.end();
            }
        }
        return matches;
    }

    /** The value of an amount as matched by {@link #AMOUNT}, or null for vague ones ("several", "a few"). */
    static BigDecimal value(String amount) {
        var s = amount.trim().toLowerCase(Locale.ROOT).replace('-', ' ');
        BigDecimal multiplier = BigDecimal.ONE;
        for (var entry : Map.of("thousand", 1_000L, "million", 1_000_000L, "mln", 1_000_000L,
                "billion", 1_000_000_000L, "bln", 1_000_000_000L, "trillion", 1_000_000_000_000L).entrySet()) {
            if (s.endsWith(" " + entry.getKey())) {
                multiplier = BigDecimal.valueOf(entry.getValue());
                s = s.substring(0, s.length() - entry.getKey().length() - 1).trim();
                break;
            }
        }
        BigDecimal number;
        var word = WORDS.get(s);
        if (word != null) {
            number = BigDecimal.valueOf(word);
        } else if (s.equals("half a")) {
            number = HALF;
        } else if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.')) {
            number = new BigDecimal(s.replace(",", ""));
        } else {
            return null;
        }
        return plain(number.multiply(multiplier));
    }

    /** Without trailing zeros, and never in exponent form: 5000, not 5E+3. */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
