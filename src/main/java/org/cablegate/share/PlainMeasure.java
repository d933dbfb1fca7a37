package org.cablegate.share;

import com.twitter.twittertext.TldLists;
import com.twitter.twittertext.TwitterTextParser;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact post lengths without the networks' parsers, for the text where their rules are simple: twitter-text costs
 * most of a millisecond a call, and a post search measures dozens of candidate cuts.
 *
 * <p>Plain text is Latin letters (ASCII, Latin-1, Latin Extended-A: unchanged by the NFC normalisation X applies, each
 * its own grapheme cluster), typographic quotes, dashes and primes, and a few symbols of known X weight. There Bluesky
 * counts one per character and X its weights, with no possible link in the text ({@code ://}, or a dot followed by a
 * top-level domain from twitter-text's own lists); for X, a word that may hold a link is counted by twitter-text on its
 * own and added to the rest. A post's tail ({@code \n\n<permalink> #cablegate #<refId>})
 * counts its link as X's 23 once twitter-text itself has agreed for that permalink prefix. Anything else answers -1,
 * and the caller measures with the network's own parser: the answer is always the exact one.
 */
final class PlainMeasure {

    private static final int URL_WEIGHT = 23;
    private static final Set<String> TLDS = new HashSet<>();
    /**
     * How twitter-text counts permalinks under a prefix ({@code https://host/c/}): as one 23-weight link, or as plain
     * characters when it finds no link there ({@code http://localhost:8080} has no top-level domain), or neither.
     */
    private enum LinkCount { LINK, CHARACTERS, UNKNOWN }

    private static final ConcurrentHashMap<String, LinkCount> LINK_PREFIXES = new ConcurrentHashMap<>();

    static {
        TldLists.GTLDS.forEach(t -> TLDS.add(t.toLowerCase(Locale.ROOT)));
        TldLists.CTLDS.forEach(t -> TLDS.add(t.toLowerCase(Locale.ROOT)));
    }

    private PlainMeasure() {
    }

    /** The exact length of {@code body + tail} as the network counts it, or -1 when it is not plain. */
    static int length(Network network, String body, String tail) {
        if (network == Network.MASTODON) {
            // Mastodon's own count (links as 23, code points) is one cheap pass already.
            return -1;
        }
        int b = body(network, body, network == Network.TWITTER);
        if (b < 0) {
            return -1;
        }
        int t = tailLength(network, tail);
        return t < 0 ? -1 : b + t;
    }

    /** The tail measured last on this thread: a post search measures dozens of cuts before one and the same tail. */
    private record MeasuredTail(Network network, String tail, int length) {
    }

    private static final ThreadLocal<MeasuredTail> LAST_TAIL = new ThreadLocal<>();

    private static int tailLength(Network network, String tail) {
        var last = LAST_TAIL.get();
        if (last != null && last.network() == network && last.tail().equals(tail)) {
            return last.length();
        }
        int length = tail(network, tail);
        LAST_TAIL.set(new MeasuredTail(network, tail, length));
        return length;
    }

    /** A body's length, or -1; {@code links}: whether a possible link makes it not plain (X counts links as 23). */
    static int body(Network network, String text, boolean links) {
        if (network == Network.TWITTER && links) {
            return xBody(text);
        }
        int length = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int weight = weight(text.charAt(i));
            if (weight == 0) {
                return -1;
            }
            length += network == Network.TWITTER ? weight : 1;
        }
        return length;
    }

    /**
     * X's count of plain text word by word: a word that may hold a link is counted by twitter-text alone, once per
     * thread, and added to the rest. twitter-text finds links within a word (a link ends at white space), so a word
     * counts the same alone as in its text; checked on every cut of link-bearing paragraphs by
     * {@code FastPostsMatchReferenceTest}. Before, such a paragraph was measured whole by twitter-text at every cut
     * tried: 3 % of the synthetic corpus's paragraphs cost an X post 0.81 ms of CPU on average where Bluesky's cost 0.31.
     */
    private static int xBody(String text) {
        int length = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                length++;
                i++;
                continue;
            }
            int end = i;
            int word = 0;
            boolean link = false;
            while (end < n && (c = text.charAt(end)) != ' ' && c != '\n') {
                int weight = weight(c);
                if (weight == 0) {
                    return -1;
                }
                link |= c == '.' && endsInDomain(text, end + 1) || c == ':' && text.startsWith("//", end + 1);
                word += weight;
                end++;
            }
            if (link) {
                word = linkWord(text.substring(i, end));
                if (word < 0) {
                    return -1;
                }
            }
            length += word;
            i = end;
        }
        return length;
    }

    /** The words with a possible link measured last on this thread: a post search measures the same ones at each cut. */
    private static final ThreadLocal<java.util.Map<String, Integer>> LINK_WORDS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** twitter-text's weight of one word that may hold a link, or -1 when it finds the word invalid on its own. */
    private static int linkWord(String word) {
        var known = LINK_WORDS.get();
        var weight = known.get(word);
        if (weight == null) {
            var parsed = TwitterTextParser.parseTweet(word);
            weight = parsed.isValid ? parsed.weightedLength : -1;
            if (known.size() >= 256) {
                known.clear();
            }
            known.put(word, weight);
        }
        return weight;
    }

    private static int tail(Network network, String tail) {
        if (tail.isEmpty() || network != Network.TWITTER) {
            return body(network, tail, false);
        }
        // X: words are plain, the one permalink counts 23 once twitter-text has confirmed it for this prefix.
        int length = 0;
        int start = 0;
        int n = tail.length();
        boolean link = false;
        while (start < n) {
            char c = tail.charAt(start);
            if (c == ' ' || c == '\n') {
                length++;
                start++;
                continue;
            }
            int end = start;
            while (end < n && tail.charAt(end) != ' ' && tail.charAt(end) != '\n') {
                end++;
            }
            var word = tail.substring(start, end);
            if (word.startsWith("https://") || word.startsWith("http://")) {
                var count = link ? LinkCount.UNKNOWN : permalink(word, tail);
                if (count == LinkCount.UNKNOWN) {
                    return -1;
                }
                link = true;
                length += count == LinkCount.LINK ? URL_WEIGHT : word.length();
            } else {
                int w = body(network, word, true);
                if (w < 0) {
                    return -1;
                }
                length += w;
            }
            start = end;
        }
        return length;
    }

    /** How a permalink (path of letters, digits, '/' and '-' after its prefix) counts, as twitter-text said once. */
    private static LinkCount permalink(String url, String tail) {
        int cut = url.lastIndexOf("/c/");
        if (cut < 0 || !Character.isLetterOrDigit(url.charAt(url.length() - 1))) {
            return LinkCount.UNKNOWN;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 0x7f || c <= 0x20 || i > cut + 2 && !(Character.isLetterOrDigit(c) || c == '/' || c == '-')) {
                return LinkCount.UNKNOWN;
            }
        }
        var prefix = url.substring(0, cut + 3);
        var known = LINK_PREFIXES.get(prefix);
        if (known == null) {
            // Ask twitter-text once for this prefix: the tail counted our way must be what it counts.
            int rest = 0;
            for (char c : tail.replace(url, "").toCharArray()) {
                rest += weight(c);
            }
            int counted = TwitterTextParser.parseTweet(tail).weightedLength;
            known = counted == rest + URL_WEIGHT ? LinkCount.LINK
                    : counted == rest + url.length() ? LinkCount.CHARACTERS : LinkCount.UNKNOWN;
            if (LINK_PREFIXES.size() < 64) {
                LINK_PREFIXES.put(prefix, known);
            }
        }
        return known;
    }

    /**
     * A length the network's count of {@code body + tail} is never under, for text that is not plain: a candidate cut
     * over the limit by this measure is refused without the network's parser. Characters that are not plain count 0
     * (they weigh at least that, whatever they combine with); a word that could hold a link counts at most 23, X's
     * weight of a link.
     */
    static int lowerBound(Network network, String body, String tail) {
        return lowerBound(network, body, 0, Integer.MAX_VALUE) + lowerBound(network, tail, 0, Integer.MAX_VALUE);
    }

    /**
     * Whether {@link #lowerBound(Network, String, String)} is over {@code limit}, reading no further than the word that
     * passes it: most candidate cuts a post tries are refused, and reading all of each was most of a page's CPU.
     */
    static boolean lowerBoundOver(Network network, String body, String tail, int limit) {
        int b = lowerBound(network, body, 0, limit);
        return b > limit || lowerBound(network, tail, b, limit) > limit;
    }

    /** {@code start} plus the text's lower bound, or a value over {@code limit} as soon as the running sum passes it. */
    private static int lowerBound(Network network, String text, int start, int limit) {
        int total = start;
        int word = 0;
        boolean maybeLink = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ' || c == '\n') {
                total += maybeLink && network != Network.BLUESKY ? Math.min(word, URL_WEIGHT) : word;
                total += i < text.length() ? 1 : 0;
                if (total > limit) {
                    return total;
                }
                word = 0;
                maybeLink = false;
                continue;
            }
            maybeLink |= c == '.' || c == ':';
            int weight = weight(c);
            word += network == Network.TWITTER ? weight : Math.min(weight, 1);
        }
        return total;
    }

    /** Whether the letters after a dot are a top-level domain (twitter-text's lists), which could end a link. */
    private static boolean endsInDomain(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        if (end == from) {
            return false;
        }
        var word = text.substring(from, end).toLowerCase(Locale.ROOT);
        if (word.startsWith("xn--") || TLDS.contains(word)) {
            return true;
        }
        int letters = from;
        while (letters < end && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        return letters > from && TLDS.contains(text.substring(from, letters).toLowerCase(Locale.ROOT));
    }

    /** X's weight of a plain character (twitter-text's v3 ranges), or 0 when it is not plain. */
    private static int weight(char c) {
        if (c < 0x20) {
            return c == '\n' ? 1 : 0;
        }
        if (c < 0x7f || c >= 0xa0 && c < 0x180 || c >= 0x2010 && c <= 0x201f || c >= 0x2032 && c <= 0x2037) {
            return 1;
        }
        return c == '\u2026' || c == '\u2020' || c == '\u2021' || c == '\u2022' || c == '\u2030' ? 2 : 0;
    }
}
