package org.cablegate.share;

import java.util.List;

/**
 * Makes the post of a lifted redaction for X, Mastodon and Bluesky:
 * {@code Unredacted in <refId> ¶<n>: “<excerpt>”\n\n<permalink> #cablegate #<refId>}.
 *
 * <p>The excerpt is the lifted text with as many whole words around it as fit, cut only at word ends and marked with
 * "…" where it leaves text out, like the paragraph posts of {@link SnippetBuilder}. A lifted text longer than a post
 * is quoted from its start up to a word end. The same input always gives the same post.
 */
public final class ChangePostBuilder {

    /**
     * What a post quotes: text in which a redaction was lifted.
     *
     * @param refId     the cable
     * @param label     where the text is: {@code ¶8}, or a caption field's name ({@code subject})
     * @param text      the paragraph's (or field's) text in the version that lifted the redaction
     * @param start     where the lifted words start in {@code text}
     * @param end       where they end (equal to {@code start} when marks were removed and no words took their place)
     * @param permalink the paragraph's permalink, or the cable's for a caption field
     */
    public record LiftedText(String refId, String label, String text, int start, int end, String permalink) {

        public LiftedText {
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("lifted text [" + start + ", " + end + ") is outside the text");
            }
        }

        public String lifted() {
            return text.substring(start, end);
        }
    }

    public Snippet build(LiftedText lift, Network network, String mastodonInstance) {
        var head = "Unredacted in " + lift.refId() + " " + lift.label() + ": \u201C";
        var suffix = "\n\n" + lift.permalink() + " #cablegate #" + lift.refId();
        var text = lift.text();
        var share = new ShareParagraph(lift.refId(), lift.label(), text, lift.permalink(),
                List.of(new TextSpan(lift.start(), lift.end(), "lifted")));
        var cuts = Cuts.of(share);
        int start = cuts.startAtOrBefore(lift.start());
        int end = cuts.endAtOrAfter(lift.end());
        int[] window;
        if (fits(network, head, text, start, end, suffix)) {
            window = grow(network, head, text, cuts, start, end, suffix);
        } else {
            // The lifted words alone are longer than a post: quote them from their start, cut at a word end.
            var unprotected = Cuts.of(new ShareParagraph(lift.refId(), lift.label(), text, lift.permalink(), List.of()));
            window = new int[]{start, firstWordEnd(unprotected, start)};
            for (var e : unprotected.wordEnds) {
                if (e > start && e < end && fits(network, head, text, start, e, suffix)) {
                    window[1] = e;
                }
            }
        }
        var excerpt = text.substring(window[0], window[1]);
        var body = head + decorate(text, window) + "\u201D";
        return SnippetBuilder.snippet(share, network, body, excerpt, suffix, window[0] > 0 || window[1] < text.length(),
                null, null, mastodonInstance);
    }

    /** Widens the window a word at a time on each side, the end first, while the post fits. */
    private static int[] grow(Network network, String head, String text, Cuts cuts, int start, int end, String suffix) {
        boolean grew = true;
        while (grew) {
            grew = false;
            int nextEnd = cuts.endAfter(end);
            if (nextEnd > end && fits(network, head, text, start, nextEnd, suffix)) {
                end = nextEnd;
                grew = true;
            }
            int nextStart = cuts.startBefore(start);
            if (nextStart < start && fits(network, head, text, nextStart, end, suffix)) {
                start = nextStart;
                grew = true;
            }
        }
        return new int[]{start, end};
    }

    private static int firstWordEnd(Cuts cuts, int start) {
        for (var e : cuts.wordEnds) {
            if (e > start) {
                return e;
            }
        }
        return cuts.endAtOrAfter(start);
    }

    private static boolean fits(Network network, String head, String text, int start, int end, String suffix) {
        return PostLength.fits(network, head + decorate(text, new int[]{start, end}) + "\u201D", suffix);
    }

    /** The quoted words with "…" where they leave text out. */
    private static String decorate(String text, int[] window) {
        var out = text.substring(window[0], window[1]).strip();
        if (window[0] > 0) {
            out = SnippetBuilder.ELLIPSIS + out;
        }
        if (window[1] < text.length()) {
            out = out + SnippetBuilder.ELLIPSIS;
        }
        return out;
    }
}
