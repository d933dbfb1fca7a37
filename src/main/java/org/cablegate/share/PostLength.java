package org.cablegate.share;

import com.twitter.twittertext.TwitterTextParser;

import java.util.regex.Pattern;

/** Post length as each network counts it. */
final class PostLength {

    /** Mastodon counts every link as 23 characters, whatever its length. */
    private static final int MASTODON_URL = 23;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private PostLength() {
    }

    static int of(Network network, String text) {
        return switch (network) {
            // twitter-text: weighted length (CJK and emoji weigh 2), every URL 23
            case TWITTER -> TwitterTextParser.parseTweet(text).weightedLength;
            case MASTODON -> mastodon(text);
            case BLUESKY -> graphemes(text);
        };
    }

    /**
     * Whether {@code body + tail} fits, measured without re-parsing the whole post when the body is plain text.
     * Posts are searched for by trying many cuts of one paragraph; twitter-text on each candidate cost milliseconds
     * per post. For a body of ASCII text in which no URL can be found (no {@code ://}, no dot followed by two
     * letters, the shortest top-level domain), every network counts one per character and "…" as X's 2 or one
     * grapheme, so the body's length adds to the tail's, which is measured exactly once. Anything else is measured
     * by the network's own rules, so the answer is always the exact one.
     */
    static boolean fits(Network network, String body, String tail) {
        if (network != Network.MASTODON) {
            int bodyLength = plainLength(network, body);
            if (bodyLength >= 0) {
                return bodyLength + tailLength(network, tail) <= network.limit();
            }
        }
        return fits(network, body + tail);
    }

    /** The body's length as the network counts it when it is plain ASCII text with no possible URL, else -1. */
    static int plainLength(Network network, String body) {
        int length = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\u2026') {
                length += network == Network.TWITTER ? 2 : 1;
                continue;
            }
            if (c >= 0x7f || c < 0x20 && c != '\n') {
                return -1;
            }
            if (c == '.' && i + 2 < n && isAsciiLetter(body.charAt(i + 1)) && isAsciiLetter(body.charAt(i + 2))
                    || c == ':' && body.startsWith("//", i + 1)) {
                return -1;
            }
            length++;
        }
        return length;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The last tail measured, per thread: a post search measures the same tail hundreds of times. */
    private static final ThreadLocal<Object[]> LAST_TAIL = ThreadLocal.withInitial(() -> new Object[3]);

    private static int tailLength(Network network, String tail) {
        if (tail.isEmpty()) {
            return 0;
        }
        var last = LAST_TAIL.get();
        if (last[0] == network && tail.equals(last[1])) {
            return (Integer) last[2];
        }
        int length = of(network, tail);
        last[0] = network;
        last[1] = tail;
        last[2] = length;
        return length;
    }

    static boolean fits(Network network, String text) {
        if (network == Network.TWITTER) {
            var parsed = TwitterTextParser.parseTweet(text);
            return parsed.isValid && parsed.weightedLength <= network.limit();
        }
        return of(network, text) <= network.limit();
    }

    private static int mastodon(String text) {
        var m = URL.matcher(text);
        int length = 0;
        int at = 0;
        while (m.find()) {
            length += text.codePointCount(at, m.start()) + MASTODON_URL;
            at = m.end();
        }
        return length + text.codePointCount(at, text.length());
    }

    static int graphemes(String text) {
        var m = GRAPHEME.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
