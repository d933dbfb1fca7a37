package org.cablegate.share;

import com.twitter.twittertext.TwitterTextParser;
import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.ParsedCable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The X, Mastodon and Bluesky post and the thread of every paragraph of every corpus cable, each checked against its
 * network's own count (twitter-text's for X), for the permalink and both hashtags, and, for threads, for the exact
 * paragraph when the posts are joined.
 */
class CorpusPostsTest {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private final SnippetBuilder builder = new SnippetBuilder();
    private final FactExtractor facts = new FactExtractor();

    static Stream<Path> cables() throws Exception {
        return org.cablegate.ingest.CorpusParsingTest.corpusFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cables")
    void everyParagraphMakesValidPostsAndThreads(Path file) throws Exception {
        var cable = new CableParser().parse(Files.readString(file));
        for (var p : cable.paragraphs()) {
            var share = share(cable, p.n(), p.text());
            for (var network : Network.values()) {
                var post = builder.build(share, network, null, null);
                assertPost(post, network, share, true);
                if (!post.truncated()) {
                    assertTrue(post.text().startsWith(p.text()), "a paragraph that fits is posted whole");
                } else {
                    assertCutBetweenWords(share, post.excerpt());
                }
                var thread = builder.thread(share, network, null);
                var joined = new StringBuilder();
                for (int i = 0; i < thread.size(); i++) {
                    var part = thread.get(i);
                    assertPost(part, network, share, i == 0);
                    assertEquals(i + 1, part.part());
                    assertEquals(thread.size(), part.parts());
                    assertTrue(part.text().startsWith((i + 1) + "/" + thread.size() + " "), part.text());
                    joined.append(part.excerpt());
                }
                assertEquals(p.text(), joined.toString(), cable.refId() + " ¶" + p.n() + " " + network);
            }
        }
    }

    private ShareParagraph share(ParsedCable cable, String n, String text) {
        var spans = facts.extract(new ParagraphContext(cable.refId(), n, text,
                        cable.created().atZone(ZoneOffset.UTC).toLocalDate(), Map.of(), List.of())).stream()
                .map(f -> new TextSpan(f.start(), f.end(), f.id())).toList();
        return new ShareParagraph(cable.refId(), n, text, "https://cables.example.org/c/" + cable.refId() + "/" + n, spans);
    }

    private static void assertPost(Snippet post, Network network, ShareParagraph share, boolean first) {
        var text = post.text();
        var counted = switch (network) {
            case TWITTER -> {
                var parsed = TwitterTextParser.parseTweet(text);
                assertTrue(parsed.isValid, "X says the post is valid: " + text);
                yield parsed.weightedLength;
            }
            case MASTODON -> mastodonLength(text);
            case BLUESKY -> graphemes(text);
        };
        assertEquals(counted, post.length(), "length as " + network + " counts it");
        assertTrue(counted <= network.limit(), network + " " + counted + " > " + network.limit() + ": " + text);
        if (first) {
            assertTrue(text.contains(share.permalink()), "permalink in " + text);
            assertTrue(text.contains("#cablegate"), "#cablegate in " + text);
            assertTrue(text.contains("#" + share.refId()), "#refId in " + text);
            assertEquals(List.of("cablegate", share.refId()), post.hashtags());
        }
        if (network == Network.BLUESKY && first) {
            var bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (var facet : post.facets()) {
                var covered = new String(bytes, facet.byteStart(), facet.byteEnd() - facet.byteStart(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(facet.type().equals("tag") ? "#" + facet.value() : facet.value(), covered);
            }
            assertEquals(3, post.facets().size());
        }
    }

    /** A shortened excerpt ends where a word ends, and not inside a fact's text. */
    private static void assertCutBetweenWords(ShareParagraph share, String excerpt) {
        var text = share.text();
        var at = text.indexOf(excerpt);
        assertTrue(at >= 0, "the excerpt is paragraph text");
        var end = at + excerpt.length();
        assertFalse(end < text.length() && text.charAt(end) != ' ', "cut inside a word: ..." + excerpt);
        for (var span : share.protectedSpans()) {
            assertFalse(span.start() < end && end < span.end(), "cut inside fact " + span.id());
        }
    }

    static int mastodonLength(String text) {
        return URL.matcher(text).replaceAll("x".repeat(23)).codePointCount(0, URL.matcher(text).replaceAll("x".repeat(23)).length());
    }

    static int graphemes(String text) {
        return (int) GRAPHEME.matcher(text).results().count();
    }
}
