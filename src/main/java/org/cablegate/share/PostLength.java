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

    /** Whether {@code body + tail} fits; measured without the network's parser when the text is plain. */
    static boolean fits(Network network, String body, String tail) {
        int length = PlainMeasure.length(network, body, tail);
        if (length >= 0) {
            return length <= network.limit();
        }
        return !PlainMeasure.lowerBoundOver(network, body, tail, network.limit()) && fits(network, body + tail);
    }

    /** The length of {@code body + tail} as the network counts it. */
    static int of(Network network, String body, String tail) {
        int length = PlainMeasure.length(network, body, tail);
        return length >= 0 ? length : of(network, body + tail);
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
