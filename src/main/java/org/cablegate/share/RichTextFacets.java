package org.cablegate.share;

import org.apache.commons.validator.routines.DomainValidator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The links and tags Bluesky's own client finds in a post text, as {@code app.bsky.richtext.facet}s: the rules of
 * {@code @atproto/api}'s {@code RichText.detectFacetsWithoutResolution()} (0.21.0) — full URLs, bare domains on an
 * IANA top-level domain ({@code azworldairports.com} becomes {@code https://azworldairports.com}), {@code #tags} and
 * {@code $CASHTAGS} — in the same order (by start). Mentions are left out: they need a handle resolved to a DID.
 * The build checks this against the library itself over every paragraph of every bundled cable
 * ({@code src/test/clients}).
 */
public final class RichTextFacets {

    /** JavaScript's {@code \s}: Java's ASCII {@code \s} plus the Unicode spaces JavaScript counts (not U+0085). */
    private static final String JS_SPACE = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
            + "\\u205F\\u3000\\uFEFF";
    private static final String S = "[" + JS_SPACE + "]";
    private static final String NOT_S = "[^" + JS_SPACE + "]";
    private static final String ZERO_WIDTH = "\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20E2";

    private static final Pattern URL = Pattern.compile("(^|" + S + "|\\()((https?://" + NOT_S + "+)|((?<domain>[a-z]"
            + "[a-z0-9]*(\\.[a-z0-9]+)+)" + NOT_S + "*))", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("(^|" + S + ")[#\uFF03]((?!\uFE0F)[^" + JS_SPACE + ZERO_WIDTH
            + "]*[^\\d" + JS_SPACE + "\\p{P}" + ZERO_WIDTH + "]+[^" + JS_SPACE + ZERO_WIDTH + "]*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+\\z");
    private static final Pattern CASHTAG = Pattern.compile("(^|" + S + "|\\()\\$([A-Za-z][A-Za-z0-9]{0,4})(?=" + S
            + "|\\z|[.,;:!?)\"'\u2019])");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern JS_TRIM = Pattern.compile("^" + S + "+|" + S + "+$");
    private static final DomainValidator DOMAINS = DomainValidator.getInstance();

    private RichTextFacets() {
    }

    /** One facet: UTF-8 byte offsets into the text (end exclusive), and a link URI or a tag without '#'. */
    public record Detected(int byteStart, int byteEnd, String uri, String tag) {
    }

    public static List<Detected> detect(String text) {
        var facets = new ArrayList<Detected>();
        var m = URL.matcher(text);
        // Every link the pattern can find has "://" or a dot before a letter or digit; many paragraphs have neither.
        boolean links = mayHoldLink(text);
        while (links && m.find()) {
            var uri = m.group(2);
            if (!uri.startsWith("http")) {
                var domain = m.group("domain");
                if (domain == null || !validDomain(domain)) {
                    continue;
                }
                uri = "https://" + uri;
            }
            int start = m.start(2);
            int end = m.end(2);
            if (endsWithAny(uri, ".,;:!?")) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && !uri.contains("(")) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            facets.add(new Detected(bytes(text, start), bytes(text, end), uri, null));
        }
        m = TAG.matcher(text);
        while (m.find()) {
            var tag = m.group(2);
            if (tag == null) {
                continue;
            }
            tag = TRAILING_PUNCTUATION.matcher(jsTrim(tag)).replaceAll("");
            if (tag.isEmpty() || (tag.length() > 64 && GRAPHEME.matcher(tag).results().count() > 64)) {
                continue;
            }
            int start = m.start() + m.group(1).length();
            facets.add(new Detected(bytes(text, start), bytes(text, start + 1 + tag.length()), null, tag));
        }
        m = CASHTAG.matcher(text);
        boolean dollars = text.indexOf('$') >= 0;
        while (dollars && m.find()) {
            var ticker = m.group(2).toUpperCase(Locale.ROOT);
            int start = m.start() + m.group(1).length();
            facets.add(new Detected(bytes(text, start), bytes(text, start + 1 + ticker.length()), null, "$" + ticker));
        }
        facets.sort(Comparator.comparingInt(Detected::byteStart));
        return facets;
    }

    private static boolean mayHoldLink(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            char next = text.charAt(i + 1);
            if (next < 128 && Character.isLetterOrDigit(next)) {
                return true;
            }
        }
        return text.contains("://");
    }

    /** A domain whose last label is, exactly as written (lower case), a top-level domain in IANA's list. */
    private static boolean validDomain(String domain) {
        var tld = domain.substring(domain.lastIndexOf('.') + 1);
        return tld.equals(tld.toLowerCase(Locale.ROOT)) && DOMAINS.isValidTld(tld);
    }

    private static boolean endsWithAny(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String jsTrim(String s) {
        return JS_TRIM.matcher(s).replaceAll("");
    }

    static int bytes(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }
}
