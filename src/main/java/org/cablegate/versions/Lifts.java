package org.cablegate.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where redactions were lifted between two versions, located in the later version's text: what a post about the change
 * quotes. Same order and count as {@link CableDiff#lifted()}: caption fields first, then paragraphs.
 */
public final class Lifts {

    private static final Pattern WORD = Pattern.compile("\\S+");

    /**
     * One lifted redaction.
     *
     * @param field whether {@code where} names a caption field rather than a paragraph key
     * @param where the field's name or the paragraph's key {@code n}
     * @param text  the field's or paragraph's text in the later version
     * @param start where the words that replaced the marks start in {@code text}
     * @param end   where they end; equal to {@code start} when the marks went and no words took their place
     */
    public record Lift(boolean field, String where, String text, int start, int end) {
    }

    private Lifts() {
    }

    public static List<Lift> between(CableDiff diff) {
        var out = new ArrayList<Lift>();
        for (var f : diff.fields()) {
            locate(true, f.name(), f.before(), f.after(), out);
        }
        for (var p : diff.paragraphs()) {
            locate(false, p.n(), p.before(), p.after(), out);
        }
        return out;
    }

    /** Walks the later text's words along the diff's segments and records each lifted span's offsets. */
    private static void locate(boolean field, String where, String before, String after, List<Lift> out) {
        if (after == null) {
            // A removed paragraph or emptied field lifts nothing one could quote; WordDiff marks no lift there either.
            return;
        }
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        var m = WORD.matcher(after);
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        var segments = field ? fieldSegments(before, after) : WordDiff.segments(before, after);
        int word = 0;
        for (var segment : segments) {
            if (segment.same() != null) {
                word += segment.same().split(" ").length;
                continue;
            }
            var span = segment.change();
            int count = span.after() == null ? 0 : span.after().split(" ").length;
            if ("lifted".equals(span.redaction())) {
                if (count > 0) {
                    out.add(new Lift(field, where, after, starts.get(word), ends.get(word + count - 1)));
                } else {
                    int at = word > 0 ? ends.get(word - 1) : 0;
                    out.add(new Lift(field, where, after, at, at));
                }
            }
            word += count;
        }
    }

    /** A field's segments as the differ reports its spans: one replaced span when words compare equal. */
    private static List<WordDiff.Segment> fieldSegments(String before, String after) {
        var segments = WordDiff.segments(before, after);
        if (segments.stream().allMatch(s -> s.same() != null)) {
            return List.of(new WordDiff.Segment(null,
                    new Span("replace", before, after, WordDiff.redaction(before, after))));
        }
        return segments;
    }
}
