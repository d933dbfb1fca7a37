package org.cablegate.cli;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.bulk.CableImporter;
import org.cablegate.search.CableSearchIndex;
import org.cablegate.search.IndexOnWrite;
import org.cablegate.search.SearchHit;
import org.cablegate.search.SearchMode;
import org.cablegate.search.SearchOrder;
import org.cablegate.search.SearchRequest;
import org.cablegate.search.VectorIndexer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reindex --vectors}, run as the command line runs it, over a small database of its own with the background
 * indexer off (as in every test but the semantic search ones): afterwards every cable has its vectors and a
 * paraphrase finds its cable by meaning; a second run finds nothing left to embed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
@TestProfile(ReindexVectorsCommandTest.SmallDatabase.class)
class ReindexVectorsCommandTest {

    /** A database and index of their own (a profile of its own restarts both), without the background indexer. */
    public static class SmallDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cables.search.vectors", "false");
        }
    }

    /** Hardly a word of it is in the State walk-in guidance ("walk-ins", "temporary refuge"). */
    private static final String PARAPHRASE =
            "rules for diplomats when a stranger turns up at the gate offering secrets or begging for shelter";
    private static final List<String> SAMPLES = List.of("09STATE119085.wl2010.html", "08ASTANA2380.mirror.txt",
            "07TALLINN375.wl2010.html", "72TEHRAN1164.wl2010.html");

    @Inject
    CableImporter importer;
    @Inject
    CableSearchIndex index;
    @Inject
    IndexOnWrite indexOnWrite;
    @Inject
    ReindexCommand command;
    @Inject
    VectorIndexer vectors;

    private List<String> semantic(String q) throws Exception {
        return index.search(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 10, null,
                false, SearchMode.SEMANTIC)).hits().stream().map(SearchHit::refId).toList();
    }

    private static String sample(String name) throws IOException {
        try (var in = ReindexVectorsCommandTest.class.getClassLoader().getResourceAsStream("samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheVectorsOfEveryCableSoThatAParaphraseFindsItsCable() throws Exception {
        for (var name : SAMPLES) {
            importer.importText(sample(name));
        }
        indexOnWrite.drain(); // written cables are indexed on a thread of their own
        assertEquals(SAMPLES.size(), index.size());
        assertEquals(List.of(), semantic(PARAPHRASE), "no vectors before the command: nothing found by meaning");

        var output = new ByteArrayOutputStream();
        int status = command.runVectors(new PrintStream(output, true, StandardCharsets.UTF_8));

        var printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("Embedded"), printed);
        var progress = vectors.progress();
        assertEquals(SAMPLES.size(), progress.cables());
        assertEquals(SAMPLES.size(), progress.withVectors(), "every cable has its vectors");
        assertEquals("09STATE119085", semantic(PARAPHRASE).get(0));
        assertEquals("09STATE119085", index.search(new SearchRequest(PARAPHRASE, null, null, null, null, null,
                SearchOrder.RELEVANCE, 10, null, false, SearchMode.HYBRID)).hits().get(0).refId());

        var again = new ByteArrayOutputStream();
        assertEquals(0, command.runVectors(new PrintStream(again, true, StandardCharsets.UTF_8)));
        assertTrue(again.toString(StandardCharsets.UTF_8).contains("Embedded 0 subjects and paragraphs"),
                "a second run finds every cable done: " + again);
    }
}
