package org.cablegate.share;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts of any paragraph text fit their network, as the network's own parser counts them, and a thread gives the
 * paragraph back exactly; the fast plain-text measure never disagrees with the networks' count. {@code mvn verify}
 * replays the committed inputs in {@code SnippetFuzzTestInputs/}; coverage-guided fuzzing of one target:
 * {@code JAZZER_FUZZ=1 nice -n 19 mvn test -Dtest=SnippetFuzzTest#postsOfAnyParagraphFitTheirNetwork}.
 */
class SnippetFuzzTest {

    private static final String[] REF_IDS = {"06ASTANA590", "09STATE12345", "10BAGHDAD1", "08TASHKENT1234"};
    private static final String[] HOSTS = {"https://cables.example.org/c/", "http://localhost:8080/c/",
            "https://cablegate.xn--p1ai/c/"};
    private final SnippetBuilder builder = new SnippetBuilder();

    @FuzzTest(maxDuration = "6m")
    void postsOfAnyParagraphFitTheirNetwork(FuzzedDataProvider data) {
        var refId = data.pickValue(REF_IDS);
        var n = String.valueOf(data.consumeInt(1, 99));
        var permalink = data.pickValue(HOSTS) + refId + "/" + n;
        var network = data.pickValue(Network.values());
        boolean focused = data.consumeBoolean();
        var spanSeeds = data.consumeInts(4);
        var text = data.consumeRemainingAsString();
        if (text.length() > 3000) {
            text = text.substring(0, 3000); // the longest cable paragraphs; longer only slows the search down
        }
        var spans = spans(text, spanSeeds);
        var p = new ShareParagraph(refId, n, text, permalink, spans);

        var focus = focused && !spans.isEmpty() ? spans.get(0).id() : null;
        var post = builder.build(p, network, focus, null);
        fitsAsCounted(network, post);
        assertTrue(text.contains(post.excerpt()), "the excerpt is paragraph text");

        var thread = builder.thread(p, network, null);
        var joined = new StringBuilder();
        for (var part : thread) {
            fitsAsCounted(network, part);
            joined.append(part.excerpt());
        }
        assertEquals(text, joined.toString(), "the thread is the paragraph");
    }

    @FuzzTest(maxDuration = "6m")
    void plainMeasureAgreesWithTheNetworks(FuzzedDataProvider data) {
        var network = data.pickValue(Network.values());
        var tail = "\n\n" + data.pickValue(HOSTS) + data.pickValue(REF_IDS) + "/" + data.consumeInt(1, 99)
                + " #cablegate #" + data.pickValue(REF_IDS);
        var body = data.consumeRemainingAsString();
        int plain = PlainMeasure.length(network, body, tail);
        int counted = PostLength.of(network, body + tail);
        if (plain >= 0) {
            assertEquals(counted, plain, "plain measure of " + body);
        }
        assertTrue(PlainMeasure.lowerBound(network, body, tail) <= counted, "the lower bound is one");
    }

    private static void fitsAsCounted(Network network, Snippet post) {
        int counted = PostLength.of(network, post.text());
        assertEquals(counted, post.length(), "the length given is the network's count");
        assertTrue(counted <= network.limit(), network + " post of " + counted + ": " + post.text());
    }

    /** Up to four fact spans of at most 40 characters, apart from each other, as facts are. */
    private static List<TextSpan> spans(String text, int[] seeds) {
        var spans = new ArrayList<TextSpan>();
        int from = 0;
        for (int i = 0; i < seeds.length && from < text.length(); i++) {
            int start = from + Math.floorMod(seeds[i], text.length() - from);
            int end = Math.min(text.length(), start + 1 + Math.floorMod(seeds[i] >> 8, 40));
            spans.add(new TextSpan(start, end, "fact-" + i));
            from = end + 1;
        }
        return spans;
    }
}
