package org.cablegate.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Written forms of words or short phrases ("kg", "metric tons", "Hong Kong $", "NOK") and what each means, found as
 * whole words in a text, forwards from a position or backwards from one. Forms match case-insensitively, except the
 * ones added as exact (ISO codes: "ALL" is a currency code only in capitals, and then only if not ignored).
 *
 * @param <T> what a form means
 */
final class Phrases<T> {

    private final Map<String, T> anyCase = new HashMap<>();
    private final Map<String, T> exact = new HashMap<>();
    private int longest;

    /** Adds a form; a form added before keeps its meaning. */
    void add(String form, T meaning, boolean exactCase) {
        var key = exactCase ? form : form.toLowerCase(Locale.ROOT);
        (exactCase ? exact : anyCase).putIfAbsent(key, meaning);
        longest = Math.max(longest, key.length());
    }

    boolean contains(String form) {
        return exact.containsKey(form) || anyCase.containsKey(form.toLowerCase(Locale.ROOT));
    }

    /** The longest form starting at {@code at} and ending at a word boundary, or null. */
    Match<T> forward(String text, int at) {
        int limit = Math.min(text.length(), at + longest);
        for (int end = limit; end > at; end--) {
            if (boundary(text, end) && boundary(text, at)) {
                var meaning = lookup(text.substring(at, end));
                if (meaning != null) {
                    return new Match<>(at, end, meaning);
                }
            }
        }
        return null;
    }

    /** The longest form ending at {@code end} and starting at a word boundary, or null. */
    Match<T> backward(String text, int end) {
        int limit = Math.max(0, end - longest);
        for (int start = limit; start < end; start++) {
            if (boundary(text, start) && boundary(text, end)) {
                var meaning = lookup(text.substring(start, end));
                if (meaning != null) {
                    return new Match<>(start, end, meaning);
                }
            }
        }
        return null;
    }

    private T lookup(String form) {
        var meaning = exact.get(form);
        return meaning != null ? meaning : anyCase.get(form.toLowerCase(Locale.ROOT));
    }

    /** Not inside a run of letters or of digits: "tons|," and "$|5" are boundaries, "to|ns" and "5|0" are not. */
    static boolean boundary(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        var before = text.charAt(i - 1);
        var after = text.charAt(i);
        return !(Character.isLetter(before) && Character.isLetter(after)
                || Character.isDigit(before) && Character.isDigit(after));
    }

    /** A form found at {@code start..end} of a text. */
    record Match<T>(int start, int end, T meaning) {
    }
}
