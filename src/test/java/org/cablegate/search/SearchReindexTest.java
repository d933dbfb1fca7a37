package org.cablegate.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.bulk.CableImporter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rebuild from the database gives the index the import gave, and reports its progress. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class SearchReindexTest {

    @Inject
    CableImporter importer;
    @Inject
    CableSearchIndex index;
    @Inject
    SearchReindex reindex;
    @Inject
    IndexOnWrite indexOnWrite;

    /** The hits as a set: documents replaced by updates still count in term statistics until merged away, so
     * scores (and the order of near ties) may differ a little between an updated index and a rebuilt one. */
    private java.util.Set<String> refIds(String q) throws InvalidQueryException {
        return index.search(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 100, null, true))
                .hits().stream().map(SearchHit::refId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void rebuildsFromTheDatabaseTheIndexThatImportsKeptCurrent() throws Exception {
        for (var cable : List.of("06ASTANA590.page.txt", "08ASTANA2380.mirror.txt", "07TRIPOLI943.wl2010.html",
                "08TRIPOLI220.wl2011.html")) {
            importer.importText(SampleCorpus.read("samples/" + cable));
        }
        // Imports are indexed on a thread of their own, after the database commit: wait for them, or "before" is
        // whatever that thread had reached (a run saw one cable of four, another none).
        indexOnWrite.drain();
        var before = List.of(refIds("heroin Nazarbayev"), refIds("ASTANA 2380"), refIds("Qadafi"),
                refIds("chris stevens"));
        assertFalse(before.get(0).isEmpty());
        int size = index.size();

        var progress = new ArrayList<Long>();
        long rebuilt = reindex.rebuild(progress::add);

        assertEquals(size, rebuilt, "every cable in the database, once");
        assertEquals(rebuilt, index.size());
        assertFalse(progress.isEmpty());
        assertEquals(rebuilt, progress.get(progress.size() - 1));
        assertEquals(before, List.of(refIds("heroin Nazarbayev"), refIds("ASTANA 2380"), refIds("Qadafi"),
                refIds("chris stevens")), "the same answers from the rebuilt index");
        assertTrue(refIds("chris stevens").contains("08TRIPOLI220"), "the signer is indexed by the rebuild too");
        var first = index.search(new SearchRequest("ASTANA 2380", null, null, null, null, null, SearchOrder.RELEVANCE,
                1, null, false)).hits().get(0).refId();
        assertEquals("08ASTANA2380", first);
    }
}
