package org.cablegate.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * Written forms of words or short phrases ("kg", "metric tons", "Hong Kong $", "NOK") and what each means, found as
 * whole words in a text, forwards from a position or backwards from one. Forms match case-insensitively, except the
 * ones added as exact (ISO codes: "ALL" is a currency code only in capitals, and then only if not ignored).
 *
 * @param <T> what a form means
 */
final class Phrases<T> {

    // The forms as tries, read forwards and backwards: a lookup walks the text once from a position instead of
    // cutting, lower-casing and hashing a substring for every candidate length (most of the fact extractors' time).
    private final Trie<T> exactForwards = new Trie<>();
    private final Trie<T> anyCaseForwards = new Trie<>();
    private final Trie<T> exactBackwards = new Trie<>();
    private final Trie<T> anyCaseBackwards = new Trie<>();

    /** Adds a form; a form added before keeps its meaning. */
    void add(String form, T meaning, boolean exactCase) {
        var key = exactCase ? form : lower(form);
        var forwards = exactCase ? exactForwards : anyCaseForwards;
        if (forwards.get(key) == null) {
            forwards.put(key, meaning);
            (exactCase ? exactBackwards : anyCaseBackwards).put(new StringBuilder(key).reverse().toString(), meaning);
        }
    }

    boolean contains(String form) {
        return exactForwards.get(form) != null || anyCaseForwards.get(lower(form)) != null;
    }

    /** The longest form starting at {@code at} and ending at a word boundary, or null; exact forms first. */
    Match<T> forward(String text, int at) {
        if (!boundary(text, at)) {
            return null;
        }
        var exactMatch = exactForwards.longestForwards(text, at, false);
        var anyCaseMatch = anyCaseForwards.longestForwards(text, at, true);
        return anyCaseMatch == null || exactMatch != null && exactMatch.end() >= anyCaseMatch.end()
                ? exactMatch : anyCaseMatch;
    }

    /** The longest form ending at {@code end} and starting at a word boundary, or null; exact forms first. */
    Match<T> backward(String text, int end) {
        if (!boundary(text, end)) {
            return null;
        }
        var exactMatch = exactBackwards.longestBackwards(text, end, false);
        var anyCaseMatch = anyCaseBackwards.longestBackwards(text, end, true);
        return anyCaseMatch == null || exactMatch != null && exactMatch.start() <= anyCaseMatch.start()
                ? exactMatch : anyCaseMatch;
    }

    /** Lower case char by char, as the tries compare. */
    private static String lower(String form) {
        var lowered = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            lowered.append(Character.toLowerCase(form.charAt(i)));
        }
        return lowered.toString();
    }

    /** Forms as a tree of characters; a node holds the meaning of the form that ends there. */
    private static final class Trie<T> {

        private final Map<Character, Trie<T>> next = new HashMap<>();
        private T meaning;

        void put(String key, T value) {
            var node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Trie<>());
            }
            node.meaning = value;
        }

        /** The meaning of exactly this key, or null. */
        T get(String key) {
            var node = this;
            for (int i = 0; i < key.length() && node != null; i++) {
                node = node.next.get(key.charAt(i));
            }
            return node == null ? null : node.meaning;
        }

        Match<T> longestForwards(String text, int at, boolean anyCase) {
            Match<T> longest = null;
            var node = this;
            for (int i = at; i < text.length(); i++) {
                var c = text.charAt(i);
                node = node.next.get(anyCase ? Character.toLowerCase(c) : c);
                if (node == null) {
                    break;
                }
                if (node.meaning != null && boundary(text, i + 1)) {
                    longest = new Match<>(at, i + 1, node.meaning);
                }
            }
            return longest;
        }

        Match<T> longestBackwards(String text, int end, boolean anyCase) {
            Match<T> longest = null;
            var node = this;
            for (int i = end - 1; i >= 0; i--) {
                var c = text.charAt(i);
                node = node.next.get(anyCase ? Character.toLowerCase(c) : c);
                if (node == null) {
                    break;
                }
                if (node.meaning != null && boundary(text, i)) {
                    longest = new Match<>(i, end, node.meaning);
                }
            }
            return longest;
        }
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
