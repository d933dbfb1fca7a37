package org.cablegate.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vector documents' bookkeeping without the model: which cables lack vectors, what an import of the same or of
 * changed text does to them, a restart, and that text searches and counts never see them. Vectors here come from a
 * plain function of the text's words (a bag of hashed words, unit length): enough for nearest-neighbour order.
 */
class ParagraphVectorsIndexTest {

    @TempDir
    Path dir;

    private static final int DIM = org.cablegate.semantic.SentenceEmbedder.DIMENSIONS;

    /** Texts embedded so far, to tell what was embedded again. */
    private final AtomicInteger embedded = new AtomicInteger();

    private List<float[]> embed(List<String> texts) {
        embedded.addAndGet(texts.size());
        var out = new ArrayList<float[]>();
        for (var t : texts) {
            var v = new float[DIM];
            for (var w : t.toLowerCase().split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), DIM)] += 1;
                }
            }
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            if (n == 0) {
                v[0] = 1;
                n = 1;
            }
            for (int i = 0; i < DIM; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
            out.add(v);
        }
        return out;
    }

    private static IndexedCable cable(String refId, String subject, String... paragraphs) {
        var list = new ArrayList<IndexedCable.IndexedParagraph>();
        for (int i = 0; i < paragraphs.length; i++) {
            list.add(new IndexedCable.IndexedParagraph(String.valueOf(i + 1), null, paragraphs[i]));
        }
        return new IndexedCable(refId, Instant.parse("2008-01-01T12:00:00Z"), null, "UNCLASSIFIED", "Embassy Test",
                subject, List.of("PREL"), List.of(), List.of(), list);
    }

    /** A keyword search's first page of 10 with facets. */
    private static SearchRequest byWords(String q) {
        return new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 10, null, true,
                SearchMode.KEYWORD);
    }

    private void embedAll(LuceneCableIndex index) throws Exception {
        for (var scan = index.scanVectors(2); !scan.without().isEmpty(); scan = index.scanVectors(2)) {
            index.addVectors(scan.without(), this::embed);
        }
    }

    @Test
    void writesVectorsForCablesWithoutThemKeepsThemForTheSameTextAndRedoesThemForChangedText() throws Exception {
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(List.of(cable("08TEST1", "YAKS", "yaks graze the steppe.", "herders move in spring."),
                    cable("08TEST2", "BUDGET", "the ministry cut the budget."),
                    cable("08TEST3", "NO TEXT")));
            var first = index.scanVectors(10);
            assertEquals(3, first.cables());
            assertEquals(0, first.withVectors());
            embedAll(index);
            assertEquals(3 + 3, embedded.get(), "three subjects and three paragraphs");
            assertEquals(3, index.scanVectors(10).withVectors());
            assertEquals(3, index.size(), "vector documents are not cables");

            index.upsert(List.of(cable("08TEST2", "BUDGET", "the ministry cut the budget.")));
            assertEquals(List.of(), index.scanVectors(10).without(), "the same text keeps its vectors");

            index.upsert(List.of(cable("08TEST2", "BUDGET", "the ministry raised the budget.")));
            assertEquals(List.of("08TEST2"), index.scanVectors(10).without(), "changed text is embedded again");
            embedAll(index);
            assertEquals(List.of(), index.scanVectors(10).without());
            index.commit();
        }
        try (var reopened = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            var scan = reopened.scanVectors(10);
            assertEquals(3, scan.withVectors(), "a restart resumes from the committed vectors");
            assertEquals(List.of(), scan.without());
        }
    }

    @Test
    void wordSearchesCountsAndFacetsNeverSeeVectorDocuments() throws Exception {
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(List.of(cable("08TEST1", "LIVESTOCK", "yaks graze the steppe near the border."),
                    cable("08TEST2", "FINANCE", "the ministry cut the budget for schools.")));
            embedAll(index);
            var found = index.search(byWords("steppe"));
            assertEquals(List.of("08TEST1"), found.hits().stream().map(SearchHit::refId).toList());
            assertEquals(1, found.total(), "vector documents never match words");
            assertTrue(found.facets().get("origin").stream().allMatch(f -> f.count() == 1), found.facets().toString());
            assertEquals(2, index.size());
        }
    }

    @Test
    void similarCablesComeFromTheVectorsWhereTheCableHasThemAndFromItsWordsUntilThen() throws Exception {
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            var cables = new ArrayList<IndexedCable>();
            cables.add(cable("08TEST1", "YAKS", "yaks graze the steppe near the border.",
                    "herders move the yaks in spring."));
            cables.add(cable("08TEST2", "LIVESTOCK", "herders on the steppe count their yaks each spring."));
            cables.add(cable("08TEST3", "BUDGET", "the ministry cut the budget for schools."));
            for (int i = 0; i < 16; i++) {
                // Cables about something else: MoreLikeThis skips words in more than a fifth of the cables.
                cables.add(cable("08FILL" + i, "VISIT " + i, "the delegation " + i + " visited the port."));
            }
            index.upsert(cables);
            embedAll(index);
            index.upsert(List.of(cable("08TEST4", "YAKS AGAIN", "yaks and herders on the steppe in spring.",
                    "the yaks graze the steppe.")));

            var byMeaning = index.similar("08TEST1", 5).stream().map(SearchHit::refId).toList();
            assertEquals("08TEST2", byMeaning.get(0), byMeaning.toString());
            assertFalse(byMeaning.contains("08TEST1"), "never the cable itself");
            assertFalse(byMeaning.contains("08TEST4"), "a cable without vectors is not among the nearest paragraphs");

            var byWords = index.similar("08TEST4", 5).stream().map(SearchHit::refId).toList();
            assertTrue(byWords.contains("08TEST1") && byWords.contains("08TEST2"),
                    "without its own vectors, a cable's similar ones come from its words: " + byWords);

            embedAll(index);
            var after = index.similar("08TEST1", 5).stream().map(SearchHit::refId).toList();
            assertTrue(after.contains("08TEST4"), "once embedded, it is found by meaning too: " + after);
            assertEquals(List.of(), index.similar("08NONE1", 5), "a cable not indexed has none");
        }
    }

    @Test
    void dropsVectorsMadeByAnotherModelAndKeepsThoseOfItsOwn() throws Exception {
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(List.of(cable("08TEST1", "YAKS", "yaks graze the steppe."),
                    cable("08TEST2", "BUDGET", "the ministry cut the budget.")));
            embedAll(index);
            index.setFollowedSeq(42);
            assertEquals(org.cablegate.semantic.SentenceEmbedder.MODEL, index.vectorModel());
        }
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            assertEquals(2, index.scanVectors(10).withVectors(), "the same model keeps its vectors over a restart");
            assertEquals(42, index.followedSeq(), "recording the model keeps the change-log position");
        }
        // An index of before models were recorded: its vectors are the first model's.
        try (var raw = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(dir),
                new org.apache.lucene.index.IndexWriterConfig().setCodec(new VectorCodec()))) {
            raw.setLiveCommitData(java.util.Map.of("cablegate.changeLogSeq", "42").entrySet());
            raw.commit();
        }
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            var scan = index.scanVectors(10);
            assertEquals(2, scan.cables(), "the cables stay");
            assertEquals(0, scan.withVectors(), "another model's vectors are dropped");
            assertEquals(List.of("08TEST1", "08TEST2"), scan.without().stream().sorted().toList());
            assertEquals(org.cablegate.semantic.SentenceEmbedder.MODEL, index.vectorModel());
            assertEquals(42, index.followedSeq());
            assertEquals(List.of("08TEST2"), index.search(byWords("budget")).hits().stream()
                    .map(SearchHit::refId).toList(), "words still find the cable");
        }
    }
}
