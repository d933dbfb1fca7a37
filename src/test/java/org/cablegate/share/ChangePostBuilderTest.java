package org.cablegate.share;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangePostBuilderTest {

    private static final String PERMALINK = "https://cables.example.org/c/10RIYADH182/8";
    private static final ChangePostBuilder BUILDER = new ChangePostBuilder();

    private static ChangePostBuilder.LiftedText lift(String text, String lifted) {
        int start = text.indexOf(lifted);
        return new ChangePostBuilder.LiftedText("10RIYADH182", "\u00B68", text, start, start + lifted.length(), PERMALINK);
    }

    private static String longParagraph(String lifted) {
        return "Saudi officials stressed again that the kingdom shares the concern of the United States about the "
                + "financing of terrorism from the Gulf and said that new rules on charities had been adopted. "
                + lifted + " and the Embassy will follow up with the ministry on each of the cases raised in the "
                + "meeting, including the transfers through money exchange houses in Jeddah and Riyadh that the "
                + "Treasury team described in detail during its visit last month.";
    }

    @Test
    void quotesTheLiftedWordsWithContextPermalinkAndHashtagsWithinEveryLimit() {
        var lifted = "Our TF cooperation with the MOI is of utmost strategic importance to U.S. national security";
        for (var network : Network.values()) {
            var post = BUILDER.build(lift(longParagraph(lifted), lifted), network, null);
            assertTrue(post.length() <= network.limit(), network + ": " + post.text());
            assertEquals(PostLength.of(network, post.text()), post.length(), network + ": the length is the network's");
            assertTrue(post.text().startsWith("Unredacted in 10RIYADH182 \u00B68: \u201C\u2026"), post.text());
            assertTrue(post.text().contains(lifted), post.text());
            assertTrue(post.text().endsWith("\u2026\u201D\n\n" + PERMALINK + " #cablegate #10RIYADH182"), post.text());
            assertTrue(post.truncated());
            assertTrue(longParagraph(lifted).contains(post.excerpt()), "the excerpt is the paragraph's own text");
            assertTrue(post.excerpt().contains(lifted));
        }
    }

    @Test
    void aShortParagraphIsQuotedWholeWithoutEllipsis() {
        var text = "The Ambassador met Foreign Minister Moratinos on Tuesday.";
        var post = BUILDER.build(lift(text, "Foreign Minister Moratinos"), Network.TWITTER, null);
        assertEquals("Unredacted in 10RIYADH182 \u00B68: \u201C" + text + "\u201D\n\n" + PERMALINK
                + " #cablegate #10RIYADH182", post.text());
        assertFalse(post.truncated());
    }

    @Test
    void liftedWordsLongerThanAPostAreQuotedFromTheirStartAndCutAtAWordEnd() {
        var lifted = ("The Minister then described at length how the networks moved money through charities, "
                + "exchange houses and couriers, ").repeat(4).trim();
        var text = "Intro sentence. " + lifted + " End.";
        var post = BUILDER.build(lift(text, lifted), Network.BLUESKY, null);
        assertTrue(post.length() <= 300, post.text());
        assertTrue(post.excerpt().startsWith("The Minister then described"), post.excerpt());
        assertTrue(lifted.startsWith(post.excerpt()), "a start of the lifted words: " + post.excerpt());
        assertTrue(post.text().contains("\u2026\u201D"), post.text());
    }

    @Test
    void marksRemovedAtTheEndQuoteTheWordsBeforeWhereTheyStood() {
        var text = longParagraph("Nothing was hidden here");
        var post = BUILDER.build(new ChangePostBuilder.LiftedText("10RIYADH182", "\u00B68", text, text.length(),
                text.length(), PERMALINK), Network.TWITTER, null);
        assertTrue(post.length() <= 280, post.text());
        assertTrue(post.excerpt().endsWith("visit last month."), post.excerpt());
        assertTrue(post.text().contains("last month.\u201D\n\n"), post.text());
    }

    @Test
    void nonLatinTextIsMeasuredByTheNetworksOwnRules() {
        var lifted = "\u674E\u56FD\u5BCC";
        var text = "\u5728\u4F1A\u8BAE\u4E0A ".repeat(60) + lifted + " \u8868\u793A".repeat(60);
        for (var network : Network.values()) {
            var post = BUILDER.build(lift(text, lifted), network, null);
            assertTrue(post.length() <= network.limit(), network + ": " + post.length());
            assertTrue(post.text().contains(lifted));
        }
    }

    @Test
    void blueskyPostsCarryLinkAndTagFacetsAndSameInputGivesSamePost() {
        var lifted = "Prince Muqrin";
        var text = longParagraph(lifted);
        var post = BUILDER.build(lift(text, lifted), Network.BLUESKY, null);
        assertEquals(3, post.facets().size());
        assertEquals(PERMALINK, post.facets().get(0).value());
        assertEquals(post, BUILDER.build(lift(text, lifted), Network.BLUESKY, null));
    }

    @Test
    void aLiftOutsideTheTextIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ChangePostBuilder.LiftedText("R", "\u00B61", "short", 2, 10, PERMALINK));
    }
}
