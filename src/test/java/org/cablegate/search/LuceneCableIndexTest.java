package org.cablegate.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index without a server: small hand-made cables whose right answers are plain. */
class LuceneCableIndexTest {

    @TempDir
    Path dir;
    private LuceneCableIndex index;

    @BeforeEach
    void open() throws Exception {
        // Background refresh and commit far apart: whatever a test sees, it sees because a write refreshes.
        index = LuceneCableIndex.open(dir, 3_600_000, 3600);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static IndexedCable cable(String refId, String created, String subject, String... paragraphs) {
        var list = new java.util.ArrayList<IndexedCable.IndexedParagraph>();
        for (int i = 0; i < paragraphs.length; i++) {
            list.add(new IndexedCable.IndexedParagraph(String.valueOf(i + 1), null, paragraphs[i]));
        }
        return new IndexedCable(refId, Instant.parse(created + "T12:00:00Z"), null, "UNCLASSIFIED", "Embassy Test",
                subject, List.of("PREL"), List.of(), List.of(), list);
    }

    private List<String> search(String q, SearchOrder order) throws Exception {
        return index.search(new SearchRequest(q, null, null, null, null, null, order, 100, null, false))
                .hits().stream().map(SearchHit::refId).toList();
    }

    @Test
    void ranksCablesWithAllTheWordsAboveThoseWithMostAndLeavesOutThoseWithFew() throws Exception {
        index.upsert(List.of(
                cable("01TEST1", "2001-01-01", "ONE", "alpha only here."),
                cable("01TEST2", "2001-01-02", "TWO", "alpha and beta here."),
                cable("01TEST3", "2001-01-03", "THREE", "alpha, beta and gamma here.")));
        assertEquals(List.of("01TEST3", "01TEST2"), search("alpha beta gamma", SearchOrder.RELEVANCE));
        assertEquals(List.of("01TEST3", "01TEST2"), search("alpha beta gamma", SearchOrder.DATE));
    }

    @Test
    void stemsFoldsAccentsAndCaseAndWeighsTheSubject() throws Exception {
        index.upsert(List.of(
                cable("02TEST1", "2002-01-01", "POLICE ARRESTED SMUGGLERS", "Nothing else."),
                cable("02TEST2", "2002-01-02", "OTHER", "Police arrests were reported in Türkiye.")));
        assertEquals(List.of("02TEST1", "02TEST2"), search("arrest", SearchOrder.RELEVANCE));
        assertEquals(List.of("02TEST2"), search("TURKIYE", SearchOrder.RELEVANCE));
    }

    @Test
    void requiresPhrasesExcludesMinusWordsAndMatchesRareNamesALetterApart() throws Exception {
        index.upsert(List.of(
                cable("03TEST1", "2003-01-01", "A", "Talks on the nuclear programme with Ahmadinejad."),
                cable("03TEST2", "2003-01-02", "B", "The programme of nuclear talks.")));
        assertEquals(List.of("03TEST1"), search("\"nuclear programme\"", SearchOrder.RELEVANCE));
        assertEquals(List.of("03TEST2"), search("nuclear -Ahmadinejad", SearchOrder.RELEVANCE));
        assertEquals(List.of("03TEST1"), search("Ahmadinejhad", SearchOrder.RELEVANCE));
    }

    @Test
    void aServiceWriteIsSearchableWhenItReturnsACommandWriteAtTheNextSearch() throws Exception {
        index.upsert(List.of(cable("10TEST1", "2010-01-01", "S", "a write about yaks.")));
        assertEquals(1, index.size(), "the write refreshed before it returned");

        try (var command = LuceneCableIndex.open(dir.resolve("command"), 3_600_000, 3600, false)) {
            command.upsert(List.of(cable("10TEST2", "2010-01-02", "S", "a command's write about yaks.")));
            assertEquals(0, command.size(), "a command's write only buffered");
            assertEquals(List.of("10TEST2"), command.search(new SearchRequest("yaks", null, null, null, null, null,
                    SearchOrder.RELEVANCE, 100, null, false)).hits().stream().map(SearchHit::refId).toList(),
                    "the search refreshed first");
        }
    }

    @Test
    void replacesADocumentByReferenceIdAndShowsWritesToTheNextSearch() throws Exception {
        index.upsert(List.of(cable("04TEST1", "2004-01-01", "S", "first version with quokka.")));
        assertEquals(List.of("04TEST1"), search("quokka", SearchOrder.RELEVANCE));
        index.upsert(List.of(cable("04TEST1", "2004-01-01", "S", "second version with wombat.")));
        assertEquals(List.of(), search("quokka", SearchOrder.RELEVANCE));
        assertEquals(List.of("04TEST1"), search("wombat", SearchOrder.RELEVANCE));
        assertEquals(1, index.size());
    }

    @Test
    void keepsServingTheOldIndexUntilARebuildFinishes() throws Exception {
        index.upsert(List.of(cable("05TEST1", "2005-01-01", "S", "old text about llamas.")));
        assertEquals(List.of("05TEST1"), search("llamas", SearchOrder.RELEVANCE));
        var rebuild = index.beginRebuild();
        rebuild.add(List.of(cable("05TEST2", "2005-01-02", "S", "new text about alpacas.")));
        assertEquals(List.of("05TEST1"), search("llamas", SearchOrder.RELEVANCE));
        assertThrows(IllegalStateException.class, index::beginRebuild);
        rebuild.finish();
        assertEquals(List.of(), search("llamas", SearchOrder.RELEVANCE));
        assertEquals(List.of("05TEST2"), search("alpacas", SearchOrder.RELEVANCE));
    }

    @Test
    void pagesWithCursorsThatSurviveEncodingInBothOrders() throws Exception {
        var many = new java.util.ArrayList<IndexedCable>();
        for (int i = 0; i < 25; i++) {
            // Equal texts: every score ties, so the reference ID must order them.
            many.add(cable("06TEST" + i, "2006-01-" + String.format("%02d", 1 + i % 5), "S", "the same zebra text."));
        }
        index.upsert(many);
        for (var order : SearchOrder.values()) {
            var all = search("zebra", order);
            var paged = new java.util.ArrayList<String>();
            SearchCursor after = null;
            do {
                var page = index.search(new SearchRequest("zebra", null, null, null, null, null, order, 4, after, false));
                page.hits().forEach(h -> paged.add(h.refId()));
                after = page.next() == null ? null : SearchCursor.decode(page.next().encode());
            } while (after != null);
            assertEquals(25, all.size());
            assertEquals(all, paged, order.name());
        }
    }

    @Test
    void countsFacetsAndFiltersByDate() throws Exception {
        index.upsert(List.of(
                cable("07TEST1", "2007-05-01", "S", "budget talks."),
                cable("08TEST1", "2008-05-01", "S", "budget cuts."),
                cable("08TEST2", "2008-06-01", "S", "budget again.")));
        var all = index.search(new SearchRequest("budget", null, null, null, null, null, SearchOrder.DATE, 1, null, true));
        assertEquals(List.of(new SearchResults.FacetCount("2008", 2), new SearchResults.FacetCount("2007", 1)),
                all.facets().get("year"));
        assertEquals(List.of(new SearchResults.FacetCount("Embassy Test", 3)), all.facets().get("origin"));
        assertEquals(List.of("08TEST2"), all.hits().stream().map(SearchHit::refId).toList());
        assertNotNull(all.next());
        var in2008 = index.search(new SearchRequest("budget", null, null, List.of("PREL"),
                Instant.parse("2008-01-01T00:00:00Z"), Instant.parse("2009-01-01T00:00:00Z"), SearchOrder.DATE, 10, null,
                false));
        assertEquals(List.of("08TEST2", "08TEST1"), in2008.hits().stream().map(SearchHit::refId).toList());
        assertNull(in2008.facets());
    }

    @Test
    void marksMatchedWordsInTheBestParagraphFirst() throws Exception {
        index.upsert(List.of(cable("09TEST1", "2009-01-01", "S",
                "Nothing here.", "A paragraph on <oil> once.", "Oil, oil and oil prices: the oil paragraph.")));
        var hit = index.search(new SearchRequest("oil", null, null, null, null, null, SearchOrder.RELEVANCE, 10, null,
                false)).hits().get(0);
        assertEquals(List.of("3", "2"), hit.paragraphs().stream().map(SearchHit.ParagraphMatch::n).toList());
        assertTrue(hit.paragraphs().get(0).excerpt().startsWith("<mark>Oil</mark>, <mark>oil</mark>"),
                hit.paragraphs().get(0).excerpt());
        assertEquals("A paragraph on &lt;<mark>oil</mark>&gt; once.", hit.paragraphs().get(1).excerpt());
    }

    @Test
    void refusesQueriesThatCannotBeSearched() {
        for (var q : List.of("", "  ", "a b", "-oil", "?!", "x".repeat(CableQueryParser.MAX_QUERY_CHARS + 1))) {
            var e = assertThrows(InvalidQueryException.class, () -> search(q, SearchOrder.RELEVANCE), q);
            assertTrue(e.getMessage().startsWith("q:"), e.getMessage());
        }
    }
}
