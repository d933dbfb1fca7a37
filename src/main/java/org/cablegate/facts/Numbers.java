package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as cables write them: digits with thousands separators and decimals ("22,549", "48.763", ".5"), words
 * ("two", "twenty-five", "one hundred and fifty", "a dozen", "half a", "two and a half"), and a multiplier after
 * either ("1.5 million", "145 thousand", "one billion", "half a million", "3bn", "2 lakh").
 */
final class Numbers {

    /**
     * A number found in a text.
     *
     * @param value      what it is worth, multiplier applied
     * @param base       what it is worth before its multiplier ("25" of "25 million")
     * @param multiplier the multiplier written after it (1 when none)
     * @param yearLike   four digits that read as a year ("2006"), with no separator and no multiplier
     */
    record Number(int start, int end, BigDecimal value, BigDecimal base, BigDecimal multiplier, boolean yearLike) {

        boolean multiplied() {
            return multiplier.compareTo(BigDecimal.ONE) != 0;
        }

        /** The same number with another multiplier: "20" of "20 to 25 million" is 20 million. */
        Number times(BigDecimal newMultiplier) {
            return new Number(start, end, plain(base.multiply(newMultiplier)), base, newMultiplier, false);
        }
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000L)), Map.entry("million", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mln", BigDecimal.valueOf(1_000_000L)), Map.entry("mn", BigDecimal.valueOf(1_000_000L)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("bln", BigDecimal.valueOf(1_000_000_000L)), Map.entry("bn", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("quadrillion", BigDecimal.valueOf(1_000_000_000_000_000L)),
            Map.entry("lakh", BigDecimal.valueOf(100_000L)), Map.entry("lakhs", BigDecimal.valueOf(100_000L)),
            Map.entry("crore", BigDecimal.valueOf(10_000_000L)), Map.entry("crores", BigDecimal.valueOf(10_000_000L)));
    /** Multipliers that may be glued to digits ("3bn"); "3m" is left to the grammar, which knows if it is money. */
    private static final java.util.Set<String> GLUED = java.util.Set.of("bn", "mn", "mln", "bln");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String WORD_INITIALS = "otfsenahOTFSENAH";
    /** The words {@link #words} reads a number from the start of, by length. */
    private static final String[][] FIRST_WORDS_BY_LENGTH = byLength(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("a", "an", "half"),
            java.util.stream.Stream.concat(SMALL.keySet().stream(), TENS.keySet().stream())).toList());

    private Numbers() {
    }

    /**
     * Where numbers start: the first digit of each run of digits and separators, a point before digits, a number
     * word. One linear scan per paragraph.
     */
    static List<Integer> starts(String text) {
        var starts = new ArrayList<Integer>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            var c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(text.charAt(i + 1))) {
                if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || afterCode(text, i)) {
                    starts.add(i);
                }
                while (i + 1 < n && (isDigit(text.charAt(i + 1)) || (text.charAt(i + 1) == ',' || text.charAt(i + 1) == '.')
                        && i + 2 < n && isDigit(text.charAt(i + 2)))) {
                    i++;
                }
            } else if (WORD_INITIALS.indexOf(c) >= 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && startsWithNumberWord(text, i) && words(text, i) != null) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * Whether the run of letters at {@code at} is a word a written number can begin with: a cheap test, without
     * allocation, that spares {@link #words} the many words of a text that begin with the same letters ("the", "of").
     */
    private static boolean startsWithNumberWord(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        int length = end - at;
        if (length >= FIRST_WORDS_BY_LENGTH.length) {
            return false;
        }
        for (var word : FIRST_WORDS_BY_LENGTH[length]) {
            if (text.regionMatches(true, at, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength(List<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        var byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            byLength[length] = words.stream().filter(w -> w.length() == l).toArray(String[]::new);
        }
        return byLength;
    }

    /** Digits glued to three capitals, as a currency code may be: "USD4 million". */
    private static boolean afterCode(String text, int i) {
        return i >= 3 && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i - 2))
                && Character.isUpperCase(text.charAt(i - 3)) && (i == 3 || !Character.isLetterOrDigit(text.charAt(i - 4)));
    }

    /** The number starting at {@code at} with its multiplier, or null. */
    static Number at(String text, int at) {
        var number = isDigit(text.charAt(at)) || text.charAt(at) == '.' ? andAHalf(text, digits(text, at))
                : words(text, at);
        if (number == null) {
            return null;
        }
        return withMultiplier(text, number);
    }

    /** "216 and a half": digits and a half. */
    private static Number andAHalf(String text, Number number) {
        if (number == null || !text.regionMatches(true, number.end(), " and a half", 0, 11)
                || Character.isLetter(charAt(text, number.end() + 11))) {
            return number;
        }
        var value = plain(number.value().add(HALF));
        return new Number(number.start(), number.end() + 11, value, value, BigDecimal.ONE, false);
    }

    private static Number digits(String text, int at) {
        int n = text.length();
        int i = at;
        int intDigits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            intDigits++;
        }
        boolean grouped = false;
        // thousands separators: groups of exactly three digits
        if (intDigits >= 1 && intDigits <= 3) {
            while (i < n && text.charAt(i) == ',' && isDigits(text, i + 1, 3)
                    && (i + 4 >= n || !isDigit(text.charAt(i + 4)))) {
                i += 4;
                grouped = true;
            }
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                return null; // "1.2.3", "12.05.2008": a version or a date, not an amount
            }
        }
        if (i == at) {
            return null;
        }
        var value = new BigDecimal(text.substring(at, i).replace(",", ""));
        var yearLike = !grouped && i - at == 4 && value.scale() == 0 && value.intValue() >= 1900
                && value.intValue() <= 2100;
        return new Number(at, i, plain(value), plain(value), BigDecimal.ONE, yearLike);
    }

    /** A number in words, without its multiplier ("half a" and "a" stand only before one). */
    static Number words(String text, int at) {
        var first = word(text, at);
        if (first == null) {
            return null;
        }
        int end = at + first.length();
        var w = first.toLowerCase(Locale.ROOT);
        BigDecimal value;
        if (w.equals("a") || w.equals("an") || w.equals("half")) {
            if (w.equals("half")) {
                if (!text.regionMatches(true, end, " a ", 0, 3)) {
                    return null;
                }
                end += 2;
                value = HALF;
            } else {
                value = BigDecimal.ONE;
            }
            var next = end < text.length() && text.charAt(end) == ' ' ? word(text, end + 1) : null;
            var nextWord = next == null ? "" : next.toLowerCase(Locale.ROOT);
            if (!MULTIPLIERS.containsKey(nextWord) && !nextWord.equals("hundred") && !nextWord.equals("dozen")) {
                return null;
            }
        } else if (SMALL.containsKey(w)) {
            value = BigDecimal.valueOf(SMALL.get(w));
        } else if (TENS.containsKey(w)) {
            value = BigDecimal.valueOf(TENS.get(w));
            var unit = end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == ' ')
                    ? word(text, end + 1) : null;
            var unitValue = unit == null ? null : SMALL.get(unit.toLowerCase(Locale.ROOT));
            if (unitValue != null && unitValue < 10) {
                value = value.add(BigDecimal.valueOf(unitValue));
                end += 1 + unit.length();
            }
        } else {
            return null;
        }
        // "one hundred and fifty", "two hundred"
        var next = followingWord(text, end);
        if (next != null && next.equalsIgnoreCase("hundred") && value.compareTo(BigDecimal.TEN) < 0) {
            value = value.multiply(HUNDRED);
            end += 1 + next.length();
            int rest = text.regionMatches(true, end, " and ", 0, 5) ? end + 5 : end + 1;
            var more = rest < text.length() && text.charAt(rest - 1) == ' ' ? words(text, rest) : null;
            if (more != null && more.value().compareTo(HUNDRED) < 0 && more.value().scale() <= 0
                    && more.value().signum() > 0) {
                value = value.add(more.value());
                end = more.end();
            }
        }
        // "two and a half", "a dozen", "two dozen"
        if (text.regionMatches(true, end, " and a half", 0, 11) && !Character.isLetter(charAt(text, end + 11))) {
            value = value.add(HALF);
            end += 11;
        }
        next = followingWord(text, end);
        if (next != null && next.equalsIgnoreCase("dozen")) {
            value = value.multiply(DOZEN);
            end += 1 + next.length();
        }
        return new Number(at, end, plain(value), plain(value), BigDecimal.ONE, false);
    }

    private static Number withMultiplier(String text, Number number) {
        int end = number.end();
        int n = text.length();
        String word = null;
        int wordStart = -1;
        if (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '-')) {
            word = word(text, end + 1);
            wordStart = end + 1;
        } else if (end < n && Character.isLetter(text.charAt(end)) && isDigit(text.charAt(end - 1))) {
            word = word(text, end);
            wordStart = end;
            if (word != null && !GLUED.contains(word.toLowerCase(Locale.ROOT))) {
                word = null;
            }
        }
        var lower = word == null ? null : word.toLowerCase(Locale.ROOT);
        var multiplier = lower == null ? null : MULTIPLIERS.get(lower);
        int wordEnd = wordStart + (word == null ? 0 : word.length());
        if (multiplier == null && lower != null && lower.endsWith("s") && isDigit(text.charAt(number.end() - 1))
                && text.regionMatches(true, wordEnd, " of ", 0, 4)) {
            // "19.6 billions of liters": a plural multiplier after digits, and its "of"
            multiplier = MULTIPLIERS.get(lower.substring(0, lower.length() - 1));
            wordEnd += 3;
        }
        if (multiplier == null) {
            return number;
        }
        return new Number(number.start(), wordEnd, plain(number.base().multiply(multiplier)), number.base(), multiplier,
                false);
    }

    /** The value of a written number with its multiplier ("1.5 million", "half a billion"), or null. */
    static BigDecimal value(String written) {
        var number = written.isEmpty() ? null : at(written, 0);
        return number == null || number.end() != written.length() ? null : number.value();
    }

    /** A glued multiplier that only money takes: "$5m", "€3k". */
    static BigDecimal moneyMultiplier(String text, int at) {
        if (at >= text.length() || !isDigit(text.charAt(at - 1))) {
            return null;
        }
        var c = Character.toLowerCase(text.charAt(at));
        if ((c == 'm' || c == 'k') && !Character.isLetterOrDigit(charAt(text, at + 1))) {
            return BigDecimal.valueOf(c == 'm' ? 1_000_000L : 1_000L);
        }
        return null;
    }

    /** Without trailing zeros, and never in exponent form: 5000, not 5E+3. */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String followingWord(String text, int end) {
        return end < text.length() && text.charAt(end) == ' ' ? word(text, end + 1) : null;
    }

    /** The run of letters at {@code at}, or null. */
    private static String word(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i == at ? null : text.substring(at, i);
    }

    private static boolean isDigits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (i >= text.length() || !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
