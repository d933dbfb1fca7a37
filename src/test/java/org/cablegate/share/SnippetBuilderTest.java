package org.cablegate.share;

import com.twitter.twittertext.TwitterTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetBuilderTest {

    private static final String PERMALINK = "https://cables.example.org/c/06ASTANA590/20";
    private final SnippetBuilder builder = new SnippetBuilder();

    private static ShareParagraph paragraph(String text, TextSpan... spans) {
        return new ShareParagraph("06ASTANA590", "20", text, PERMALINK, List.of(spans));
    }

    @Test
    void shortParagraphIsPostedWholeWithPermalinkAndHashtags() {
        var post = builder.build(paragraph("Law enforcement agencies seized 22,549 kilos of drugs."), Network.TWITTER, null, null);
        assertEquals("Law enforcement agencies seized 22,549 kilos of drugs.\n\n" + PERMALINK
                + " #cablegate #06ASTANA590", post.text());
        assertFalse(post.truncated());
        assertEquals(TwitterTextParser.parseTweet(post.text()).weightedLength, post.length());
        assertTrue(post.intentUrl().startsWith("https://twitter.com/intent/tweet?text=Law%20enforcement"));
        assertTrue(post.intentUrl().contains("&hashtags=cablegate%2C06ASTANA590"));
    }

    @Test
    void longParagraphIsCutAtASentenceEndWithEllipsis() {
        var first = "The first sentence is of a reasonable length, about a hundred characters, which counts here. ";
        var text = first + "The second sentence goes on and on with many words ".repeat(8) + "until its end.";
        var post = builder.build(paragraph(text), Network.TWITTER, null, null);
        assertTrue(post.truncated());
        assertTrue(post.text().startsWith(first + "…\n\n"), post.text());
    }

    @Test
    void withoutSentenceEndsTheCutFallsAtAWordEnd() {
        var text = "word ".repeat(120).trim();
        var post = builder.build(paragraph(text), Network.TWITTER, null, null);
        assertTrue(post.excerpt().endsWith("word"), post.excerpt());
        assertTrue(post.text().contains("word…\n\n"), post.text());
        assertTrue(post.length() <= 280);
    }

    @Test
    void neverCutsInsideAFact() {
        var filler = "alpha beta gamma delta ".repeat(9);
        var fact = "one billion tenge";
        var text = filler + fact + " was allotted to the program in the end by the government of the country.";
        var start = text.indexOf(fact);
        var post = builder.build(paragraph(text, new TextSpan(start, start + fact.length(), "f1")), Network.TWITTER, null, null);
        var end = post.excerpt().length();
        assertFalse(end > start && end < start + fact.length(), "cut at " + end + " inside the fact");
    }

    @Test
    void focusCentresTheExcerptOnTheFact() {
        var text = "Opening words here. ".repeat(20) + "The heroin costs $18,000 per kilo in Almaty. " + "Closing words there. ".repeat(20);
        var at = text.indexOf("$18,000");
        var post = builder.build(paragraph(text, new TextSpan(at, at + 7, "money-1")), Network.TWITTER, "money-1", null);
        assertTrue(post.text().startsWith("…"), post.text());
        assertTrue(post.text().contains("$18,000"), post.text());
        assertTrue(post.length() <= 280);
    }

    @Test
    void blueskyPostsCountGraphemesAndCarryFacets() {
        var text = "Flags 🇰🇿🇺🇸 and accents é é. " + "x".repeat(10);
        var post = builder.build(paragraph(text), Network.BLUESKY, null, null);
        assertEquals(CorpusPostsTest.graphemes(post.text()), post.length());
        assertEquals(List.of("link", "tag", "tag"), post.facets().stream().map(Facet::type).toList());
        assertTrue(post.intentUrl().startsWith("https://bsky.app/intent/compose?text="));
    }

    @Test
    void mastodonCountsLinksAs23AndUsesTheGivenInstance() {
        var post = builder.build(paragraph("Short."), Network.MASTODON, null, "social.example");
        assertEquals(CorpusPostsTest.mastodonLength(post.text()), post.length());
        assertTrue(post.intentUrl().startsWith("https://social.example/share?text="));
    }

    @Test
    void threadJoinsBackToTheParagraphExactly() {
        var text = "Numbers like 1,234 and 5.6% stay whole. ".repeat(40) + "Ünïcödé and 中文 text too.";
        var thread = builder.thread(paragraph(text), Network.TWITTER, null);
        assertTrue(thread.size() > 3);
        assertEquals(text, String.join("", thread.stream().map(Snippet::excerpt).toList()));
        assertTrue(thread.get(0).text().contains(PERMALINK));
        assertFalse(thread.get(1).text().contains(PERMALINK));
        assertTrue(thread.get(1).text().startsWith("2/" + thread.size() + " "));
    }

    @Test
    void aWordLongerThanAPostIsCutBetweenGraphemes() {
        var text = "🇰🇿".repeat(400);
        var thread = builder.thread(paragraph(text), Network.BLUESKY, null);
        assertEquals(text, String.join("", thread.stream().map(Snippet::excerpt).toList()));
        for (var post : thread) {
            assertTrue(post.length() <= 300);
            assertEquals(0, post.excerpt().length() % 4, "flags are never split");
        }
    }

    @Test
    void samePostsForTheSameInput() {
        var p = paragraph("Deterministic. ".repeat(50));
        assertEquals(builder.build(p, Network.TWITTER, null, null), builder.build(p, Network.TWITTER, null, null));
        assertEquals(builder.thread(p, Network.MASTODON, null), builder.thread(p, Network.MASTODON, null));
    }

    @Test
    void unknownNetworkIsRefusedNamingTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> Network.parse("myspace"));
        assertTrue(e.getMessage().contains("twitter, mastodon, bluesky"));
        assertEquals(Network.TWITTER, Network.parse("X"));
    }

    @Test
    void blueskyRecordMakesALinkOfABareDomainInTheParagraph() {
        // "é" is two bytes in UTF-8: the offsets are bytes, not characters.
        var text = "Café owners listed flights on azworldairports.com, the site says.";
        var post = builder.build(paragraph(text), Network.BLUESKY, null, null);
        var record = post.record();
        assertEquals(post.text(), record.text());
        assertEquals(List.of("en"), record.langs());
        var domain = record.facets().get(0);
        assertEquals("https://azworldairports.com", domain.uri());
        var start = "Café owners listed flights on ".length() + 1;
        assertEquals(start, domain.byteStart());
        assertEquals(start + "azworldairports.com".length(), domain.byteEnd());
        var rest = record.facets().subList(1, record.facets().size());
        assertEquals(List.of(PERMALINK), rest.stream().map(RichTextFacets.Detected::uri).filter(u -> u != null).toList());
        assertEquals(List.of("cablegate", "06ASTANA590"),
                rest.stream().map(RichTextFacets.Detected::tag).filter(t -> t != null).toList());
        assertEquals(null, post.statusParams());
    }

    @Test
    void mastodonPostCarriesTheStatusParameters() {
        var post = builder.build(paragraph("Law enforcement agencies seized 22,549 kilos of drugs."), Network.MASTODON,
                null, null);
        assertEquals(new MastodonStatus(post.text(), "public", "en"), post.statusParams());
        assertEquals(null, post.record());
    }

    @Test
    void richTextRulesForPunctuationCaseAndCashtags() {
        var text = "See (www.iaea.org). Not e.g. or U.S.GOV but #Kazakhstan, and $usd; #2009 is no tag.";
        var found = RichTextFacets.detect(text);
        assertEquals(3, found.size(), found.toString());
        assertEquals("https://www.iaea.org", found.get(0).uri());
        assertEquals("www.iaea.org".length(), found.get(0).byteEnd() - found.get(0).byteStart());
        assertEquals("Kazakhstan", found.get(1).tag());
        assertEquals("#Kazakhstan".length(), found.get(1).byteEnd() - found.get(1).byteStart());
        assertEquals("$USD", found.get(2).tag());
    }
}
