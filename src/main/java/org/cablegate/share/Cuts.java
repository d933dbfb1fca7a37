package org.cablegate.share;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph may be cut: word ends that are not inside a fact's surface text or a number ("1.2 million",
 * "22, 549"), and sentence ends among them.
 */
final class Cuts {

    /** Indexes just before a space that ends a word: {@code text.substring(0, i)} ends with the word. */
    final List<Integer> wordEnds = new ArrayList<>();
    /** Word ends that also end a sentence. */
    final List<Integer> sentenceEnds = new ArrayList<>();
    /** Indexes just after the spaces that follow a word: where the next post of a thread starts. */
    final List<Integer> afterSpaces = new ArrayList<>();
    private final java.util.Set<Integer> sentenceBreaks = new java.util.HashSet<>();
    private final String text;

    private Cuts(String text) {
        this.text = text;
    }

    static Cuts of(ShareParagraph p) {
        var text = p.text();
        var cuts = new Cuts(text);
        var inside = insideFacts(p);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != ' ') {
                i++;
                continue;
            }
            int spaceStart = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (spaceStart == 0 || inside.get(spaceStart) || insideNumber(text, spaceStart, i)) {
                continue;
            }
            cuts.wordEnds.add(spaceStart);
            cuts.afterSpaces.add(i);
            var last = text.charAt(spaceStart - 1);
            if ((last == '.' || last == '?' || last == '!' || last == '"' && spaceStart > 1
                    && text.charAt(spaceStart - 2) == '.') && i < text.length()
                    && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)) || text.charAt(i) == '"')
                    && !abbreviation(text, spaceStart)) {
                cuts.sentenceEnds.add(spaceStart);
                cuts.sentenceBreaks.add(i);
            }
        }
        return cuts;
    }

    boolean isSentenceBreak(int afterSpace) {
        return sentenceBreaks.contains(afterSpace);
    }

    /** The start of the word at or before {@code index}. */
    int startAtOrBefore(int index) {
        int best = 0;
        for (var s : afterSpaces) {
            if (s <= index) {
                best = s;
            }
        }
        return best;
    }

    int startBefore(int start) {
        int best = start;
        for (var s : afterSpaces) {
            if (s < start) {
                best = s;
            }
        }
        return best == start ? (start > 0 ? 0 : start) : best;
    }

    /** The end of the word at or after {@code index}. */
    int endAtOrAfter(int index) {
        for (var e : wordEnds) {
            if (e >= index) {
                return e;
            }
        }
        return text.length();
    }

    int endAfter(int end) {
        for (var e : wordEnds) {
            if (e > end) {
                return e;
            }
        }
        return text.length();
    }

    /**
     * The indexes strictly inside a fact's surface text, marked once: asking every fact at every space cost a long
     * paragraph with many facts most of its post.
     */
    private static java.util.BitSet insideFacts(ShareParagraph p) {
        var inside = new java.util.BitSet(p.text().length());
        for (var span : p.protectedSpans()) {
            if (span.start() + 1 < span.end()) {
                inside.set(Math.max(0, span.start() + 1), span.end());
            }
        }
        return inside;
    }

    /** "1 500" or "$ 8": digits on both sides of the space, or a currency sign before it. */
    private static boolean insideNumber(String text, int spaceStart, int after) {
        var before = text.charAt(spaceStart - 1);
        var next = after < text.length() ? text.charAt(after) : ' ';
        return Character.isDigit(before) && Character.isDigit(next) || before == '$' || before == '€' || before == '£';
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:[A-Z]\\.){1,4}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Gen\\.|Col\\.|Amb\\.|No\\.|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");

    /** "U.S. officials", "Mr. Smith": a full stop that does not end a sentence. */
    private static boolean abbreviation(String text, int spaceStart) {
        int w = spaceStart - 1;
        while (w > 0 && text.charAt(w - 1) != ' ') {
            w--;
        }
        return ABBREVIATION.matcher(text).region(w, spaceStart).matches();
    }
}
