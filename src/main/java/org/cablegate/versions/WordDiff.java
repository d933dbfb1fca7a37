package org.cablegate.versions;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts. Words are compared in their normalised form, so a typographic quote or
 * dash is no change; spans show the words as each version printed them.
 */
public final class WordDiff {

    /** Above this many words in the differing middle, the texts are treated as one replaced span (bounded memory). */
    private static final int MAX_CELLS = 4_000_000;

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
        int prefix = 0;
        while (prefix < na.length && prefix < nb.length && na[prefix].equals(nb[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < na.length - prefix && suffix < nb.length - prefix
                && na[na.length - 1 - suffix].equals(nb[nb.length - 1 - suffix])) {
            suffix++;
        }
        int m = na.length - prefix - suffix;
        int n = nb.length - prefix - suffix;
        var spans = new ArrayList<Segment>();
        same(spans, b, 0, prefix);
        if ((long) (m + 1) * (n + 1) > MAX_CELLS) {
            if (m > 0 || n > 0) {
                spans.add(new Segment(null, span(a, prefix, prefix + m, b, prefix, prefix + n)));
            }
            same(spans, b, prefix + n, b.length);
            return spans;
        }
        // Longest common subsequence of the middles, then runs of non-matching words become spans.
        var lcs = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                lcs[i][j] = na[prefix + i].equals(nb[prefix + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int startI = 0;
        int startJ = 0;
        while (i < m || j < n) {
            if (i < m && j < n && na[prefix + i].equals(nb[prefix + j])) {
                if (startI < i || startJ < j) {
                    spans.add(new Segment(null, span(a, prefix + startI, prefix + i, b, prefix + startJ, prefix + j)));
                }
                same(spans, b, prefix + j, prefix + j + 1);
                i++;
                j++;
                startI = i;
                startJ = j;
            } else if (j < n && (i >= m || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (startI < m || startJ < n) {
            spans.add(new Segment(null, span(a, prefix + startI, prefix + m, b, prefix + startJ, prefix + n)));
        }
        same(spans, b, prefix + n, b.length);
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
