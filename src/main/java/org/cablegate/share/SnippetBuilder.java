package org.cablegate.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes posts of a paragraph for X, Mastodon and Bluesky: {@code <excerpt>\n\n<permalink> #cablegate #<refId>}.
 *
 * <p>The excerpt is the whole paragraph when it fits; otherwise it is cut at a sentence end, else at a word end, and
 * marked with "…" — never inside a word, a number or a fact's surface text. A thread carries the whole paragraph in
 * numbered posts ("1/3 …"); the permalink and hashtags go on the first. The same input always gives the same posts.
 */
public final class SnippetBuilder {

    public static final String ELLIPSIS = "…";
    public static final String DEFAULT_MASTODON = "mastodon.social";
    /** The language of every cable (ISO 639-1), as the networks want it. */
    public static final String LANGUAGE = "en";
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** One post of the paragraph, centred on a fact when {@code focusFactId} names one. */
    public Snippet build(ShareParagraph p, Network network, String focusFactId, String mastodonInstance) {
        var suffix = suffix(p);
        var text = p.text();
        if (PostLength.fits(network, text, suffix)) {
            return snippet(p, network, text, text, suffix, false, null, null, mastodonInstance);
        }
        var cuts = Cuts.of(p);
        var focus = focusFactId == null ? null
                : p.protectedSpans().stream().filter(s -> s.id().equals(focusFactId)).findFirst().orElse(null);
        var window = focus == null ? prefix(network, p, cuts, suffix) : window(network, p, cuts, suffix, focus);
        var excerpt = text.substring(window[0], window[1]);
        return snippet(p, network, decorate(text, window, excerpt), excerpt, suffix, true, null, null, mastodonInstance);
    }

    /** The whole paragraph as numbered posts; joined, their excerpts are the paragraph exactly. */
    public List<Snippet> thread(ShareParagraph p, Network network, String mastodonInstance) {
        var cuts = Cuts.of(p);
        var suffix = suffix(p);
        // The numbering's width depends on the number of posts: start with one digit, widen if needed.
        int guess = 9;
        while (true) {
            var ranges = split(p, network, cuts, suffix, guess);
            var parts = ranges.size();
            if (String.valueOf(parts).length() <= String.valueOf(guess).length()) {
                var posts = new ArrayList<Snippet>(parts);
                for (int i = 0; i < parts; i++) {
                    var excerpt = p.text().substring(ranges.get(i)[0], ranges.get(i)[1]);
                    var body = numbering(i + 1, parts) + excerpt.strip();
                    posts.add(snippet(p, network, body, excerpt, i == 0 ? suffix : "", parts > 1, i + 1, parts,
                            mastodonInstance));
                }
                return posts;
            }
            guess = guess * 10 + 9;
        }
    }

    private static String suffix(ShareParagraph p) {
        return "\n\n" + p.permalink() + " #cablegate #" + p.refId();
    }

    private static String numbering(int part, int parts) {
        return part + "/" + parts + " ";
    }

    /**
     * The longest start of the paragraph that fits: up to a sentence end when one fits and keeps a third of what a
     * word cut would (a "best excerpt" is not one short sentence), else up to a word end.
     *
     * <p>A longer cut never counts less: each later word end adds a space and at least one character, more than the
     * one space "…" may lose after a full stop. So the word ends that fit are a prefix of the list, found by halving
     * (7 measures for a long paragraph where trying each from the end took 50–90), and every sentence end up to the
     * best word end fits too.
     */
    private static int[] prefix(Network network, ShareParagraph p, Cuts cuts, String suffix) {
        var text = p.text();
        var ends = cuts.wordEnds;
        int low = 0;
        int high = ends.size();          // the ends at [0, low) fit, those at [high, size) do not
        while (low < high) {
            int mid = (low + high) >>> 1;
            int end = ends.get(mid);
            if (end <= network.limit() * 2 && fitsWindow(network, text, 0, end, suffix)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int bestWord = low > 0 ? ends.get(low - 1) : -1;
        if (bestWord > 0) {
            for (int i = cuts.sentenceEnds.size() - 1; i >= 0; i--) {
                int end = cuts.sentenceEnds.get(i);
                if (end <= bestWord && end * 3 >= bestWord) {
                    return new int[]{0, end};
                }
                if (end * 3 < bestWord) {
                    break;
                }
            }
            return new int[]{0, bestWord};
        }
        return new int[]{0, hardCut(network, text, 0, ELLIPSIS + suffix)};
    }

    /** A window around the focused fact, widened word by word on both sides while it fits. */
    private static int[] window(Network network, ShareParagraph p, Cuts cuts, String suffix, TextSpan focus) {
        var text = p.text();
        int start = cuts.startAtOrBefore(focus.start());
        int end = cuts.endAtOrAfter(focus.end());
        if (!PostLength.fits(network, decorate(text, new int[]{start, end}, text.substring(start, end)), suffix)) {
            return prefix(network, new ShareParagraph(p.refId(), p.n(), text.substring(0, end), p.permalink(),
                    p.protectedSpans()), Cuts.of(p), suffix);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            var nextEnd = cuts.endAfter(end);
            if (nextEnd > end && fitsWindow(network, text, start, nextEnd, suffix)) {
                end = nextEnd;
                grew = true;
            }
            var nextStart = cuts.startBefore(start);
            if (nextStart < start && fitsWindow(network, text, nextStart, end, suffix)) {
                start = nextStart;
                grew = true;
            }
        }
        return new int[]{start, end};
    }

    private static boolean fitsWindow(Network network, String text, int start, int end, String suffix) {
        var window = new int[]{start, end};
        return PostLength.fits(network, decorate(text, window, text.substring(start, end)), suffix);
    }

    /** "…" where the excerpt leaves text out: at the end, and at the start for a window. */
    private static String decorate(String text, int[] window, String excerpt) {
        var out = excerpt.strip();
        if (window[0] > 0) {
            out = ELLIPSIS + out;
        }
        if (window[1] < text.length()) {
            out = out + (out.endsWith(".") || out.endsWith("?") || out.endsWith("!") ? " " : "") + ELLIPSIS;
        }
        return out;
    }

    /** Ranges [start, end) of the thread's posts, each cut after the space that ends a word. */
    private static List<int[]> split(ShareParagraph p, Network network, Cuts cuts, String suffix, int parts) {
        var text = p.text();
        var ranges = new ArrayList<int[]>();
        int pos = 0;
        while (pos < text.length()) {
            var prefix = numbering(ranges.size() + 1, parts);
            var tail = ranges.isEmpty() ? suffix : "";
            if (PostLength.fits(network, prefix + text.substring(pos).strip(), tail)) {
                ranges.add(new int[]{pos, text.length()});
                break;
            }
            int best = -1;
            int bestSentence = -1;
            for (var after : cuts.afterSpaces) {
                if (after <= pos) {
                    continue;
                }
                if (after - pos > network.limit() * 2
                        || !PostLength.fits(network, prefix + text.substring(pos, after).strip(), tail)) {
                    break;
                }
                best = after;
                if (cuts.isSentenceBreak(after)) {
                    bestSentence = after;
                }
            }
            int end;
            if (best < 0) {
                end = hardCut(network, text, pos, tail, prefix);
            } else {
                // A sentence end near the limit reads better than a word end at it.
                end = bestSentence > pos && (bestSentence - pos) * 10 >= (best - pos) * 7 ? bestSentence : best;
            }
            ranges.add(new int[]{pos, end});
            pos = end;
        }
        return ranges;
    }

    /** A word longer than a post: cut between grapheme clusters, never inside one. */
    private static int hardCut(Network network, String text, int from, String tail) {
        return hardCut(network, text, from, tail, "");
    }

    private static int hardCut(Network network, String text, int from, String tail, String prefix) {
        var m = GRAPHEME.matcher(text);
        m.region(from, text.length());
        int best = -1;
        while (m.find()) {
            if (!PostLength.fits(network, prefix + text.substring(from, m.end()), tail)) {
                break;
            }
            best = m.end();
        }
        if (best < 0) {
            m.region(from, text.length());
            best = m.find() ? m.end() : text.length();
        }
        return best;
    }

    /** A post of {@code body + suffix}; also builds the change posts ({@link ChangePostBuilder}). */
    static Snippet snippet(ShareParagraph p, Network network, String body, String excerpt, String suffix,
                                   boolean truncated, Integer part, Integer parts, String mastodonInstance) {
        var text = body + suffix;
        var hashtags = List.of("cablegate", p.refId());
        var facets = network == Network.BLUESKY && !suffix.isEmpty() ? facets(text, p) : List.<Facet>of();
        return new Snippet(network.jsonName(), text, PostLength.of(network, body, suffix), network.limit(), p.permalink(),
                hashtags, truncated, intent(network, body, text, suffix, p, mastodonInstance), facets, part, parts,
                excerpt, network == Network.BLUESKY ? BlueskyRecord.of(text) : null,
                network == Network.MASTODON ? MastodonStatus.of(text) : null);
    }

    private static List<Facet> facets(String text, ShareParagraph p) {
        var facets = new ArrayList<Facet>();
        var link = text.lastIndexOf(p.permalink());
        facets.add(new Facet("link", bytes(text, link), bytes(text, link + p.permalink().length()), p.permalink()));
        for (var tag : List.of("cablegate", p.refId())) {
            var at = text.indexOf("#" + tag, link);
            facets.add(new Facet("tag", bytes(text, at), bytes(text, at + tag.length() + 1), tag));
        }
        return facets;
    }

    private static int bytes(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String intent(Network network, String body, String text, String suffix, ShareParagraph p,
                                 String mastodonInstance) {
        return switch (network) {
            case TWITTER -> suffix.isEmpty()
                    ? "https://twitter.com/intent/tweet?text=" + encode(body)
                    : "https://twitter.com/intent/tweet?text=" + encode(body) + "&url=" + encode(p.permalink())
                    + "&hashtags=" + encode("cablegate," + p.refId());
            case BLUESKY -> "https://bsky.app/intent/compose?text=" + encode(text);
            case MASTODON -> "https://" + (mastodonInstance == null || mastodonInstance.isBlank()
                    ? DEFAULT_MASTODON : mastodonInstance) + "/share?text=" + encode(text);
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
