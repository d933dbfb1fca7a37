package org.cablegate.share;

import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.CableParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Posts are measured without re-parsing every candidate cut; they must still be byte for byte the posts of the
 * builder that measured each candidate with the networks' own counters ({@link ReferenceSnippetBuilder}): every
 * paragraph of every corpus cable, every network, the post, the post focused on each of its facts, and the thread.
 */
class FastPostsMatchReferenceTest {

    private final SnippetBuilder fast = new SnippetBuilder();
    private final ReferenceSnippetBuilder reference = new ReferenceSnippetBuilder();
    private final FactExtractor facts = new FactExtractor();

    static Stream<Path> cables() throws Exception {
        return org.cablegate.ingest.CorpusParsingTest.corpusFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cables")
    void everyPostOfEveryParagraphIsUnchanged(Path file) throws Exception {
        var cable = new CableParser().parse(Files.readString(file));
        for (var p : cable.paragraphs()) {
            var spans = facts.extract(new ParagraphContext(cable.refId(), p.n(), p.text(),
                            cable.created().atZone(ZoneOffset.UTC).toLocalDate(), Map.of(), List.of())).stream()
                    .map(f -> new TextSpan(f.start(), f.end(), f.id())).toList();
            assertSamePosts(new ShareParagraph(cable.refId(), p.n(), p.text(),
                    "https://cables.example.org/c/" + cable.refId() + "/" + p.n(), spans));
        }
    }

    /** Text the fast measure must leave to the networks' counters: links, domains, accents, CJK, emoji. */
    @Test
    void textThatIsNotPlainIsMeasuredByTheNetworksOwnRules() {
        var sentence = "The embassy (see state.gov/j/inl and http://www.state.gov/p/sca) met Mr. Nazarbayev's aide. ";
        var texts = List.of(
                sentence.repeat(9),
                "Résumé of the café meeting in Kraków with Erdoğan: 東京 and 北京 officials agreed. 🇰🇿👨‍👩‍👧 ".repeat(8),
                "U.S. officials said the U.S.-Kazakh talks went well.Next week the G8 meets. ".repeat(10),
                "x".repeat(700) + " tail words here.",
                "Cafe\u0301 owners e\u0301migre\u0301s said so. ".repeat(20),
                // Links among plain words, as the cables print them: X counts each link word on its own.
                ("Talks resumed at 3 p.m. after the U.N. session; details at state.gov and www.state.sgov.gov/p/nea, "
                        + "or http://www.state.gov/documents/organization/102583.pdf (see also un.org). ").repeat(6),
                "Contact: officer@state.gov or embassy.ru.\nThe mission's site is kz.usembassy.gov/news/.\n".repeat(9),
                ("A long link https://www.example.org/" + "segment/".repeat(40) + " then words. ").repeat(3),
                "He said the al.Qaida cell met in Sept.One said so, another.org said no. ".repeat(12));
        for (var text : texts) {
            var spans = new ArrayList<TextSpan>();
            assertSamePosts(new ShareParagraph("06ASTANA590", "1", text, "https://cables.example.org/c/06ASTANA590/1",
                    spans));
        }
    }

    private void assertSamePosts(ShareParagraph share) {
        for (var network : Network.values()) {
            assertEquals(reference.build(share, network, null, "example.social"),
                    fast.build(share, network, null, "example.social"), network + " post of " + share.n());
            // The reference builder takes milliseconds a post: one focused post per paragraph keeps this test short.
            for (var span : share.protectedSpans().stream().limit(1).toList()) {
                assertEquals(reference.build(share, network, span.id(), null), fast.build(share, network, span.id(), null),
                        network + " post of " + share.n() + " focused on " + span.id());
            }
            assertEquals(reference.thread(share, network, null), fast.thread(share, network, null),
                    network + " thread of " + share.n());
        }
    }
}
