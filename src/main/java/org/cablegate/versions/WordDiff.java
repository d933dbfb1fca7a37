package org.cablegate.versions;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-level differences between two texts, by Myers' algorithm (java-diff-utils, in linear space: no table, no cap
 * on the texts' length). Words are compared in their normalised form, so a typographic quote or dash is no change;
 * spans show the words as each version printed them. Deleted and inserted words with no shared word between them are
 * one span, a "replace", so that marks giving way to a name read as one lifted redaction.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /** A run of words both texts share ({@code same} set), or one change ({@code change} set). */
    public record Segment(String same, Span change) {
    }

    public static List<Span> spans(String before, String after) {
        return segments(before, after).stream().map(Segment::change).filter(java.util.Objects::nonNull).toList();
    }

    /** The later text as runs of shared words and changes, in order: what a page shows. */
    public static List<Segment> segments(String before, String after) {
        var a = words(before);
        var b = words(after);
        var na = normalised(a);
        var nb = normalised(b);
        // The words both share at the start and at the end are kept out of the diff: a change then stands where a
        // reader looks for it (after "First half." rather than inside it), and the diff has less to do.
        int prefix = 0;
        while (prefix < na.length && prefix < nb.length && na[prefix].equals(nb[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < na.length - prefix && suffix < nb.length - prefix
                && na[na.length - 1 - suffix].equals(nb[nb.length - 1 - suffix])) {
            suffix++;
        }
        var deltas = DiffUtils.diff(Arrays.asList(na).subList(prefix, na.length - suffix),
                Arrays.asList(nb).subList(prefix, nb.length - suffix), new MyersDiffWithLinearSpace<String>()).getDeltas();
        var spans = new ArrayList<Segment>();
        int j = 0;
        for (int k = 0; k < deltas.size(); k++) {
            var delta = deltas.get(k);
            int fromA = prefix + delta.getSource().getPosition();
            int fromB = prefix + delta.getTarget().getPosition();
            int toA = fromA + delta.getSource().size();
            int toB = fromB + delta.getTarget().size();
            // Deltas that touch (a deletion right before an insertion) are one change.
            while (k + 1 < deltas.size() && prefix + deltas.get(k + 1).getSource().getPosition() == toA
                    && prefix + deltas.get(k + 1).getTarget().getPosition() == toB) {
                var next = deltas.get(++k);
                toA += next.getSource().size();
                toB += next.getTarget().size();
            }
            same(spans, b, j, fromB);
            spans.add(new Segment(null, span(a, fromA, toA, b, fromB, toB)));
            j = toB;
        }
        same(spans, b, j, b.length);
        return spans;
    }

    /** Appends words {@code from..to} of {@code b} as shared text, joined to a shared run just before. */
    private static void same(List<Segment> out, String[] b, int from, int to) {
        if (from >= to) {
            return;
        }
        var text = String.join(" ", java.util.Arrays.copyOfRange(b, from, to));
        var last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.same() != null) {
            out.set(out.size() - 1, new Segment(last.same() + " " + text, null));
        } else {
            out.add(new Segment(text, null));
        }
    }

    private static Span span(String[] a, int fromA, int toA, String[] b, int fromB, int toB) {
        var before = fromA < toA ? String.join(" ", java.util.Arrays.copyOfRange(a, fromA, toA)) : null;
        var after = fromB < toB ? String.join(" ", java.util.Arrays.copyOfRange(b, fromB, toB)) : null;
        var op = before == null ? "insert" : after == null ? "delete" : "replace";
        return new Span(op, before, after, redaction(before, after));
    }

    /**
     * Lifted when redaction marks give way to text: the span loses every mark, or keeps some but shows more words than
     * before. Added for the reverse. Null when no mark is involved or neither side shows more.
     */
    static String redaction(String before, String after) {
        int marksBefore = VersionContent.count(before);
        int marksAfter = VersionContent.count(after);
        if (marksBefore == 0 && marksAfter == 0) {
            return null;
        }
        if (marksAfter == 0) {
            return "lifted";
        }
        if (marksBefore == 0) {
            return "added";
        }
        int shownBefore = visibleWords(before);
        int shownAfter = visibleWords(after);
        return shownAfter > shownBefore ? "lifted" : shownBefore > shownAfter ? "added" : null;
    }

    /** Words with a letter or digit once redaction marks are taken out. */
    private static int visibleWords(String text) {
        int count = 0;
        for (var word : words(VersionContent.REDACTION.matcher(text).replaceAll(" "))) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return text.trim().split("\\s+");
    }

    private static String[] normalised(String[] words) {
        var out = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = ContentNormaliser.normalise(words[k]);
        }
        return out;
    }
}
