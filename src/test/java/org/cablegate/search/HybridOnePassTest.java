package org.cablegate.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hybrid page by relevance is ranked in one pass over the matches; the two-pass search it replaces (the keyword
 * ranking, then the fused query) is the oracle: on the bundled cables with the model's vectors, every judged query
 * answers the same hits, scores, excerpts, totals, facets and cursors both ways, with and without filters, and
 * lists followed page after page to their end.
 */
class HybridOnePassTest {

    private static Path dir;
    private static LuceneCableIndex index;

    @BeforeAll
    static void indexTheBundledCablesWithVectors() throws Exception {
        dir = Files.createTempDirectory("hybrid-one-pass");
        index = LuceneCableIndex.open(dir, 3_600_000, 3600);
        index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
        SearchRelevanceTest.embedAll(index);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        LuceneCableIndex.onePassHybrid = true;
    }

    private static List<String> judgedQueries() throws Exception {
        var out = new ArrayList<String>();
        for (var set : SearchRelevanceTest.SETS) {
            for (var q : new ObjectMapper().readTree(SampleCorpus.read("search/" + set + ".json")).get("queries")) {
                out.add(q.get("query").asText());
            }
        }
        return out;
    }

    private static SearchResults search(SearchRequest request, boolean onePass) throws Exception {
        LuceneCableIndex.onePassHybrid = onePass;
        try {
            return index.search(request);
        } finally {
            LuceneCableIndex.onePassHybrid = true;
        }
    }

    /** Every page of {@code first}'s list, following the cursors, compared both ways; returns the pages read. */
    private static int sameEveryPage(SearchRequest first) throws Exception {
        var request = first;
        for (int page = 1; ; page++) {
            var twoPasses = search(request, false);
            var onePass = search(request, true);
            assertEquals(twoPasses, onePass, "page " + page + " of " + first);
            if (twoPasses.next() == null || page == 12) {
                return page;
            }
            request = new SearchRequest(first.q(), first.origin(), first.classification(), first.tags(), first.from(),
                    first.until(), first.order(), first.limit(), twoPasses.next(), first.facets(), first.mode());
        }
    }

    @Test
    void rankingInOnePassAnswersWhatTwoPassesAnswerForEveryJudgedQuery() throws Exception {
        int pages = 0;
        int queries = 0;
        long onePassBefore = LuceneCableIndex.onePassPages.get();
        for (var q : judgedQueries()) {
            // Every query's first page as the endpoint asks for it; every fifth query's list page by page to its end.
            pages += sameEveryPage(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 20, null,
                    true, SearchMode.HYBRID));
            if (queries++ % 5 == 0) {
                pages += sameEveryPage(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 7,
                        null, false, SearchMode.HYBRID));
            }
        }
        assertTrue(queries >= 190, "every judged query: " + queries);
        assertTrue(pages > queries + queries / 5 * 3, "lists of several pages were followed: " + pages);
        assertEquals(pages, LuceneCableIndex.onePassPages.get() - onePassBefore,
                "every page was ranked in one pass (none fell back to two)");
    }

    @Test
    void rankingInOnePassKeepsToTheFilters() throws Exception {
        var filters = List.of(
                new SearchRequest("iran nuclear weapons", "Embassy Berlin", null, null, null, null,
                        SearchOrder.RELEVANCE, 5, null, true, SearchMode.HYBRID),
                new SearchRequest("what did the ambassador say about drugs", null, null, List.of("SNAR"), null, null,
                        SearchOrder.RELEVANCE, 5, null, true, SearchMode.HYBRID),
                new SearchRequest("missiles sold to iran", null, "SECRET", null, null, null,
                        SearchOrder.RELEVANCE, 4, null, false, SearchMode.HYBRID),
                new SearchRequest("the shah and his army", null, null, null, Instant.parse("1970-01-01T00:00:00Z"),
                        Instant.parse("1980-01-01T00:00:00Z"), SearchOrder.RELEVANCE, 3, null, true,
                        SearchMode.HYBRID),
                new SearchRequest("+iran sanctions banks", null, null, null, null, null,
                        SearchOrder.RELEVANCE, 5, null, true, SearchMode.HYBRID),
                new SearchRequest("\"drug trafficking\" kazakhstan", null, null, null, null, null,
                        SearchOrder.RELEVANCE, 5, null, true, SearchMode.HYBRID),
                new SearchRequest("08ASTANA2380", null, null, null, null, null,
                        SearchOrder.RELEVANCE, 5, null, true, SearchMode.HYBRID));
        for (var request : filters) {
            var all = search(request, false);
            assertTrue(all.total() > 0, "a filter that leaves something: " + request);
            sameEveryPage(request);
        }
    }
}
