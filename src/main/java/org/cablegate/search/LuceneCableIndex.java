package org.cablegate.search;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cablegate.semantic.RankFusion;
import org.cablegate.semantic.EmbedderStopped;
import org.cablegate.semantic.SentenceEmbedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search index: one Lucene document per cable, kept in a directory on disk. Either way a caller finds what it has
 * just written:
 * <ul>
 *   <li>in the service ({@code refreshOnWrite}), a write makes its documents visible before it returns (a
 *   near-real-time reader, no commit), on the writer's thread, and searches never refresh: under an import, searches
 *   that refreshed queued behind one another for seconds;</li>
 *   <li>in a command (a bulk import on the command line), writes only buffer, and a search refreshes first: a refresh
 *   per batch cost the bulk import a sixth of its speed.</li>
 * </ul>
 * A background thread commits every {@code commit}, and refreshes every {@code refresh} for anything else. Plain
 * Java: the CDI bean {@link CableSearchIndex} owns one.
 */
public final class LuceneCableIndex implements AutoCloseable {

    private static final int PARAGRAPHS_PER_HIT = 3;
    // Ranking parameters: set once, tuned on search/semantic-tune.json only (SemanticTuning, a test-side tool).
    /** Nearest paragraphs asked of the HNSW graph per semantic or hybrid search. */
    static int knnParagraphs = 200;
    /** How much a cable's second-best paragraph adds to its best (semantic ranking). */
    static float secondParagraph = 0.2f;
    /** How many of each ranking hybrid search fuses. */
    static final int FUSE_DEPTH = 100;
    /** Weights of the keyword and the semantic ranking in the fusion, by the query's shape. */
    static org.cablegate.semantic.HybridWeights weights = org.cablegate.semantic.HybridWeights.TUNED;
    /** Whether similar cables come from the vectors where a cable has them (false: always MoreLikeThis). */
    static boolean vectorsForSimilar = true;
    /** Nearest paragraphs asked of the HNSW graph for similar cables (at least ten per cable asked for). */
    static int similarParagraphs = 50;
    /** How much a subject's similarity counts against a paragraph's (semantic ranking). */
    static float subjectFactor = 1.0f;
    /** Fused candidates score from here up; keyword matches beyond them under 1; an ID typed ranks above all. */
    private static final float FUSED_BASE = 2f;
    private static final float OUTRIGHT = 1f;
    private static final int FACET_VALUES = 10;
    private static final Set<String> SUMMARY_FIELDS = Set.of(CableFields.ID, CableFields.SUBJECT,
            CableFields.CREATED, CableFields.RELEASED, CableFields.ORIGIN, CableFields.CLASSIFICATION,
            CableFields.TAG, CableFields.PARAGRAPH_COUNT);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(CableFields.ID_SORT, SortField.Type.STRING));
    private static final Sort BY_DATE = new Sort(new SortField(CableFields.CREATED, SortField.Type.LONG, true),
            new SortField(CableFields.ID_SORT, SortField.Type.STRING, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CableAnalyzer analyzer = new CableAnalyzer();
    private final CableQueryParser parser = new CableQueryParser(analyzer);
    private final ScheduledExecutorService background;
    /** Searches one query's segment slices at once (see {@link SlicedSearcherFactory}). */
    private final java.util.concurrent.ExecutorService searchThreads;
    /** Bumped by every write; compared with what the last refresh and commit saw. */
    private final AtomicLong writes = new AtomicLong();
    private volatile long refreshedWrites;
    private volatile long committedWrites;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Writes refresh before they return (the service), or leave it to the next search (a command). */
    private final boolean refreshOnWrite;
    /** The last write that did not refresh. */
    private final AtomicLong unrefreshedWrites = new AtomicLong();

    private LuceneCableIndex(Path dir, long refreshMillis, long commitSeconds, boolean refreshOnWrite)
            throws IOException {
        this.refreshOnWrite = refreshOnWrite;
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        var config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCodec(new VectorCodec())
                .setCommitOnClose(true);
        writer = new IndexWriter(directory, config);
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        searchThreads = Executors.newFixedThreadPool(cores, r -> {
            var t = new Thread(r, "search-slice");
            t.setDaemon(true);
            return t;
        });
        dropVectorsOfAnotherModel();
        searchers = new SearcherManager(writer, new SlicedSearcherFactory(searchThreads, cores));
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "search-index-refresh");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(this::refreshQuietly, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::commitQuietly, commitSeconds, commitSeconds, TimeUnit.SECONDS);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static LuceneCableIndex open(Path dir, long refreshMillis, long commitSeconds) throws IOException {
        return open(dir, refreshMillis, commitSeconds, true);
    }

    /** Opens (or creates) the index in {@code dir}; {@code refreshOnWrite} false for commands, where nobody searches. */
    public static LuceneCableIndex open(Path dir, long refreshMillis, long commitSeconds, boolean refreshOnWrite)
            throws IOException {
        return new LuceneCableIndex(dir, refreshMillis, commitSeconds, refreshOnWrite);
    }

    /**
     * Adds or replaces these cables' documents, keyed by reference ID; a search that starts after this returns finds
     * them (but during a rebuild).
     */
    public void upsert(Collection<IndexedCable> cables) throws IOException {
        // A cable's vectors stay until the vector indexer replaces them: it does when their text hash is not the
        // cable's (its text changed), and leaves a cable imported again with the same text as it is.
        for (var cable : cables) {
            writer.updateDocument(new Term(CableFields.ID, cable.refId()), CableFields.document(cable));
        }
        long written = writes.incrementAndGet();
        if (refreshOnWrite) {
            refresh();
        } else {
            unrefreshedWrites.accumulateAndGet(written, Math::max);
        }
    }

    /** Commit user data key: the change-log seq through which this index holds every change ({@link ChangeFollower}). */
    private static final String FOLLOWED_SEQ = "cablegate.changeLogSeq";

    /**
     * Commit user data key: the sentence model the index's vectors were made by (absent: an index written before
     * models were recorded, whose vectors are all-MiniLM-L6-v2's).
     */
    static final String VECTOR_MODEL = "cablegate.vectorModel";
    /** The model of the vectors of an index that recorded none. */
    static final String FIRST_MODEL = "all-MiniLM-L6-v2-q";

    /** The change-log position recorded with the index (0 for an index that never recorded one). */
    public long followedSeq() {
        var seq = commitData().get(FOLLOWED_SEQ);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /**
     * Records that the index holds every change through {@code seq}; saved by the next commit together with the
     * documents written so far, so that a restart resumes from there.
     */
    public void setFollowedSeq(long seq) {
        var data = commitData();
        data.put(FOLLOWED_SEQ, Long.toString(seq));
        writer.setLiveCommitData(data.entrySet());
        writes.incrementAndGet();
    }

    /** The model the index's vectors were made by, as recorded ({@link #FIRST_MODEL} when none was). */
    public String vectorModel() {
        return commitData().getOrDefault(VECTOR_MODEL, FIRST_MODEL);
    }

    private Map<String, String> commitData() {
        var out = new java.util.HashMap<String, String>();
        var data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * Deletes every vector document when the index's vectors were made by another model than the JVM's: their
     * similarities to this model's queries mean nothing. The background indexer then finds every cable without
     * vectors and embeds it again, while keyword search answers as before. An index without vectors (new, or
     * never embedded) just records the model.
     */
    private void dropVectorsOfAnotherModel() throws IOException {
        var model = org.cablegate.semantic.SentenceEmbedder.MODEL;
        var data = commitData();
        var recorded = data.get(VECTOR_MODEL);
        if (model.equals(recorded)) {
            return;
        }
        if (!model.equals(recorded == null ? FIRST_MODEL : recorded)) {
            writer.deleteDocuments(new org.apache.lucene.search.TermRangeQuery(ParagraphVectors.OF, null, null,
                    true, true));
        }
        data.put(VECTOR_MODEL, model);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** The content hash each of these cables' documents holds (cables not indexed, or indexed without one, absent). */
    public Map<String, String> contentHashes(Collection<String> refIds) throws IOException {
        var found = new java.util.HashMap<String, String>();
        refresh();
        var searcher = searchers.acquire();
        try {
            for (var leaf : searcher.getIndexReader().leaves()) {
                var reader = leaf.reader();
                var live = reader.getLiveDocs();
                var terms = reader.terms(CableFields.ID);
                if (terms == null) {
                    continue;
                }
                var termsEnum = terms.iterator();
                for (var refId : refIds) {
                    if (!termsEnum.seekExact(new BytesRef(refId))) {
                        continue;
                    }
                    var postings = termsEnum.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         doc = postings.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        var hashes = reader.getBinaryDocValues(CableFields.CONTENT_HASH);
                        if (hashes != null && hashes.advanceExact(doc)) {
                            found.put(refId, hashes.binaryValue().utf8ToString());
                        }
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return found;
    }

    /** Cables in the index as the searches see it. */
    public int size() throws IOException {
        var searcher = searchers.acquire();
        try {
            return cableCount(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** Writes so far (a counter): the vector indexer looks for cables without vectors only after it moved. */
    public long writes() {
        return writes.get();
    }

    /**
     * Makes every write so far visible (unless a rebuild is under way: searches see the old index until it ends),
     * the new searcher's facet ordinals built here ({@link SlicedSearcherFactory}), not by a search.
     */
    public void refresh() throws IOException {
        if (rebuilding.get()) {
            return;
        }
        long seen = writes.get();
        if (seen != refreshedWrites) {
            searchers.maybeRefreshBlocking();
            refreshedWrites = seen;
        }
    }

    public void commit() throws IOException {
        if (rebuilding.get()) {
            return;
        }
        long seen = writes.get();
        if (seen != committedWrites) {
            writer.commit();
            committedWrites = seen;
        }
    }

    /**
     * Starts replacing the whole index: everything is deleted in the writer, and searches go on seeing the old
     * index until {@link Rebuild#finish()}. Writes that arrive meanwhile are kept (they replace by reference ID).
     */
    public Rebuild beginRebuild() throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild of the search index is already under way");
        }
        writer.deleteAll();
        writes.incrementAndGet();
        return new Rebuild();
    }

    /** A rebuild under way: add every cable, then finish. */
    public final class Rebuild {

        private Rebuild() {
        }

        public void add(Collection<IndexedCable> cables) throws IOException {
            upsert(cables);
        }

        /** Commits and shows the new index. Called also after a failure, to show what was rebuilt. */
        public void finish() throws IOException {
            rebuilding.set(false);
            commit();
            refresh();
        }
    }

    public SearchResults search(SearchRequest request) throws IOException, InvalidQueryException {
        if (refreshedWrites < unrefreshedWrites.get()) {
            // Writes that did not refresh (a command's): this search does (one refreshes, others wait for it).
            refresh();
        }
        var searcher = searchers.acquire();
        try {
            return search(searcher, request);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Cables like {@code refId}, best first, without {@code refId} itself; empty when it is not indexed. By meaning
     * when its vectors are written (the paragraphs nearest the mean of its vectors, grouped by cable: {@link
     * ParagraphVectors#similarCables}); until then by its text (Lucene's MoreLikeThis over the subject and
     * paragraphs, the terms read again from the stored text).
     */
    public List<SearchHit> similar(String refId, int limit) throws IOException {
        var searcher = searchers.acquire();
        try {
            var own = new TermQuery(new Term(CableFields.ID, refId));
            var found = searcher.search(own, 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            if (vectorsForSimilar && hasVectors(searcher)) {
                var near = ParagraphVectors.similarCables(searcher, refId, Math.max(similarParagraphs, 10 * limit),
                        secondParagraph, subjectFactor);
                if (near != null) {
                    return summaries(searcher, near.subList(0, Math.min(limit, near.size())));
                }
            }
            var mlt = new org.apache.lucene.queries.mlt.MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[]{CableFields.SUBJECT, CableFields.PARA});
            mlt.setMinTermFreq(2);
            mlt.setMinDocFreq(2);
            // A fifth of the cables, not of the documents: the vector documents beside them hold no words.
            mlt.setMaxDocFreq(Math.max(1, cableCount(searcher) / 5));
            mlt.setMaxQueryTerms(30);
            mlt.setMinWordLen(3);
            var like = mlt.like(found.scoreDocs[0].doc);
            var query = new BooleanQuery.Builder().add(like, Occur.SHOULD).add(own, Occur.MUST_NOT).build();
            var top = searcher.search(query, limit);
            var stored = searcher.storedFields();
            var hits = new ArrayList<SearchHit>(top.scoreDocs.length);
            for (var d : top.scoreDocs) {
                var doc = stored.document(d.doc, SUMMARY_FIELDS);
                var released = doc.getField(CableFields.RELEASED);
                hits.add(new SearchHit(doc.get(CableFields.ID), doc.get(CableFields.SUBJECT),
                        Instant.ofEpochSecond(doc.getField(CableFields.CREATED).numericValue().longValue()),
                        released == null ? null : Instant.ofEpochSecond(released.numericValue().longValue()),
                        doc.get(CableFields.CLASSIFICATION), doc.get(CableFields.ORIGIN),
                        List.of(doc.getValues(CableFields.TAG)),
                        doc.getField(CableFields.PARAGRAPH_COUNT).numericValue().intValue(), d.score, List.of()));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** These cables' summaries, in this order, each with its similarity as the score. */
    private static List<SearchHit> summaries(IndexSearcher searcher, List<ParagraphVectors.CableMatch> matches)
            throws IOException {
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>(matches.size());
        for (var m : matches) {
            var found = searcher.search(new TermQuery(new Term(CableFields.ID, m.refId())), 1);
            if (found.scoreDocs.length == 0) {
                continue;
            }
            var doc = stored.document(found.scoreDocs[0].doc, SUMMARY_FIELDS);
            var released = doc.getField(CableFields.RELEASED);
            hits.add(new SearchHit(doc.get(CableFields.ID), doc.get(CableFields.SUBJECT),
                    Instant.ofEpochSecond(doc.getField(CableFields.CREATED).numericValue().longValue()),
                    released == null ? null : Instant.ofEpochSecond(released.numericValue().longValue()),
                    doc.get(CableFields.CLASSIFICATION), doc.get(CableFields.ORIGIN),
                    List.of(doc.getValues(CableFields.TAG)),
                    doc.getField(CableFields.PARAGRAPH_COUNT).numericValue().intValue(), m.score(), List.of()));
        }
        return hits;
    }

    /** Whether the sentence model is loaded; if not, its load starts in the background. */
    static boolean modelLoaded() {
        if (SentenceEmbedder.isLoaded()) {
            return true;
        }
        SentenceEmbedder.loadInBackground();
        return false;
    }

    /** The cables nearest the query's vector; none while the service stops (the model takes no more texts then). */
    private List<ParagraphVectors.CableMatch> nearest(IndexSearcher searcher, String q) throws IOException {
        float[] vector;
        try {
            vector = SentenceEmbedder.shared().embed(q);
        } catch (EmbedderStopped e) {
            return List.of();
        }
        return ParagraphVectors.nearestCables(searcher, vector, knnParagraphs, secondParagraph, subjectFactor);
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request)
            throws IOException, InvalidQueryException {
        var parsed = parser.parse(request.q(), searcher.getIndexReader());
        Query matching = parsed.query();
        Map<String, List<String>> nearestParagraphs = Map.of();
        if (request.mode() != SearchMode.KEYWORD) {
            // Hybrid ranks by words alone while the model loads rather than wait for it; semantic has nothing else.
            boolean embed = hasVectors(searcher) && (request.mode() == SearchMode.SEMANTIC || modelLoaded());
            var near = embed ? nearest(searcher, request.q()) : List.<ParagraphVectors.CableMatch>of();
            nearestParagraphs = new java.util.HashMap<>();
            for (var m : near) {
                nearestParagraphs.put(m.refId(), m.paragraphs());
            }
            if (request.mode() == SearchMode.SEMANTIC) {
                var scores = new LinkedHashMap<String, Float>();
                near.forEach(m -> scores.put(m.refId(), 1 + m.score()));
                matching = byScore(scores);
            } else if (!near.isEmpty()) {
                var onePass = onePassHybrid && request.order() == SearchOrder.RELEVANCE
                        ? hybridInOnePass(searcher, parsed, request, near) : null;
                if (onePass != null) {
                    return results(searcher, request, parsed, onePass.top(), onePass.facets(), nearestParagraphs);
                }
                matching = hybrid(searcher, parsed, request, near);
            }
        }
        var query = filtered(matching, request);
        var sort = request.order() == SearchOrder.DATE ? BY_DATE : BY_RELEVANCE;
        var after = after(request.after(), request.order(), searcher.getIndexReader().maxDoc());
        int wanted = request.limit() + 1;
        TopDocs top;
        Map<String, List<SearchResults.FacetCount>> facets = null;
        if (request.facets()) {
            var result = FacetsCollectorManager.searchAfter(searcher, after, query, wanted, sort, true,
                    new FacetsCollectorManager());
            top = result.topDocs();
            facets = facets(((SlicedSearcherFactory.FacetedSearcher) searcher).facets(), result.facetsCollector());
        } else {
            top = searcher.searchAfter(after, query, wanted, sort, true);
        }
        return results(searcher, request, parsed, top, facets, nearestParagraphs);
    }

    /** A page of hits from the sorted documents {@code top} (one more than the page when another follows). */
    private SearchResults results(IndexSearcher searcher, SearchRequest request, CableQueryParser.Parsed parsed,
                                  TopDocs top, Map<String, List<SearchResults.FacetCount>> facets,
                                  Map<String, List<String>> nearestParagraphs) throws IOException {
        var docs = top.scoreDocs;
        int count = Math.min(request.limit(), docs.length);
        var ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = docs[i].doc;
        }
        // Near spellings rewritten to the terms they matched: the highlighter then looks up those terms only,
        // instead of running each spelling automaton over the term dictionary again for every hit.
        var highlight = count == 0 ? parsed.words() : searcher.rewrite(parsed.words());
        var best = highlight(searcher, highlight, ids);
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>(count);
        var paragraphKeys = Set.of(CableFields.PARA_N);
        for (int i = 0; i < count; i++) {
            var doc = stored.document(ids[i], SUMMARY_FIELDS);
            var matches = best.get(i);
            List<SearchHit.ParagraphMatch> paragraphs = List.of();
            if (!matches.isEmpty()) {
                var keys = stored.document(ids[i], paragraphKeys).getValues(CableFields.PARA_N);
                paragraphs = matches.stream()
                        .filter(m -> m.index() < keys.length)
                        .map(m -> new SearchHit.ParagraphMatch(keys[m.index()], m.excerpt()))
                        .toList();
            }
            var nearest = nearestParagraphs.get(doc.get(CableFields.ID));
            if (paragraphs.isEmpty() && nearest != null && !nearest.isEmpty()) {
                // Found by meaning, not by a word: its nearest paragraphs, opening excerpts.
                paragraphs = nearestExcerpts(stored, ids[i], nearest);
            }
            var released = doc.getField(CableFields.RELEASED);
            hits.add(new SearchHit(doc.get(CableFields.ID), doc.get(CableFields.SUBJECT),
                    Instant.ofEpochSecond(doc.getField(CableFields.CREATED).numericValue().longValue()),
                    released == null ? null : Instant.ofEpochSecond(released.numericValue().longValue()),
                    doc.get(CableFields.CLASSIFICATION), doc.get(CableFields.ORIGIN),
                    List.of(doc.getValues(CableFields.TAG)),
                    doc.getField(CableFields.PARAGRAPH_COUNT).numericValue().intValue(),
                    docs[i].score, paragraphs));
        }
        SearchCursor next = null;
        if (docs.length > request.limit()) {
            var last = (FieldDoc) docs[count - 1];
            var refId = ((BytesRef) last.fields[1]).utf8ToString();
            next = request.order() == SearchOrder.DATE
                    ? new SearchCursor(SearchOrder.DATE, 0, (Long) last.fields[0], refId)
                    : new SearchCursor(SearchOrder.RELEVANCE, (Float) last.fields[0], 0, refId);
        }
        var exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResults(hits, top.totalHits.value, exact, next, facets);
    }

    /**
     * Hybrid ranking: the keyword ranking's first {@link #FUSE_DEPTH} (filters applied) and the nearest cables'
     * fused by reciprocal rank, weighted by the query's shape ({@link org.cablegate.semantic.HybridWeights}); the
     * cable whose reference ID was typed first; the keyword matches fusion did not reach after every fused cable, in
     * BM25 order. A query that demands or excludes words keeps to the cables
     * that obey it.
     */
    private Query hybrid(IndexSearcher searcher, CableQueryParser.Parsed parsed, SearchRequest request,
                         List<ParagraphVectors.CableMatch> near) throws IOException {
        var keywordTop = searcher.search(filtered(parsed.query(), request), FUSE_DEPTH);
        var scores = fusedScores(parsed, keywordTop.scoreDocs, refIds(searcher, keywordTop.scoreDocs), near);
        return new org.apache.lucene.search.DisjunctionMaxQuery(List.of(byScore(scores),
                new org.apache.lucene.queries.function.FunctionScoreQuery(parsed.query(), SaturatedScore.INSTANCE)),
                0f);
    }

    /**
     * The fused score of every cable of the keyword ranking ({@code keywordDocs}, best first, their reference IDs
     * {@code keywordIds}) and of the first {@link #FUSE_DEPTH} nearest cables (for a query that demands or excludes
     * words, only those the keyword ranking holds): {@link #FUSED_BASE} plus the weighted reciprocal rank fusion, plus
     * {@link #OUTRIGHT} for the cable whose reference ID was typed.
     */
    private static LinkedHashMap<String, Float> fusedScores(CableQueryParser.Parsed parsed,
                                                            org.apache.lucene.search.ScoreDoc[] keywordDocs,
                                                            List<String> keywordIds,
                                                            List<ParagraphVectors.CableMatch> near) {
        var outright = new java.util.HashSet<String>();
        for (int i = 0; i < keywordIds.size(); i++) {
            if (keywordDocs[i].score >= CableQueryParser.OWN_ID_BOOST) {
                outright.add(keywordIds.get(i));
            }
        }
        var keywordSet = Set.copyOf(keywordIds);
        var semanticIds = fusedNearest(parsed, near, keywordSet::contains);
        double semanticWeight = weights.semanticWeight(parsed.preferredWords(),
                parsed.demanding() || parsed.quoted() || parsed.referenceId());
        var fused = RankFusion.fuse(weights.k(), new RankFusion.Ranking<>(keywordIds, 1.0),
                new RankFusion.Ranking<>(semanticIds, semanticWeight));
        var scores = new LinkedHashMap<String, Float>();
        fused.forEach((refId, score) -> scores.put(refId,
                (float) (FUSED_BASE + score + (outright.contains(refId) ? OUTRIGHT : 0))));
        return scores;
    }

    /**
     * The nearest cables that join the fusion, nearest first: the first {@link #FUSE_DEPTH}, or for a query that
     * demands or excludes words the first of those {@code inKeywordRanking} holds.
     */
    private static List<String> fusedNearest(CableQueryParser.Parsed parsed, List<ParagraphVectors.CableMatch> near,
                                             java.util.function.Predicate<String> inKeywordRanking) {
        var out = new ArrayList<String>();
        for (var m : near) {
            if (out.size() >= FUSE_DEPTH) {
                break;
            }
            if (!parsed.demanding() || inKeywordRanking.test(m.refId())) {
                out.add(m.refId());
            }
        }
        return out;
    }

    /** The fused query's order: score, highest first, then reference ID as the index sorts it (bytes). */
    private static final java.util.Comparator<Map.Entry<String, Float>> FUSED_ORDER =
            java.util.Comparator.<Map.Entry<String, Float>, Float>comparing(Map.Entry::getValue).reversed()
                    .thenComparing(e -> new BytesRef(e.getKey()));

    /** Whether hybrid relevance pages are ranked in one pass over the matches (false: always two; for tests). */
    static boolean onePassHybrid = true;
    /** Hybrid pages answered in one pass (for tests). */
    static final AtomicLong onePassPages = new AtomicLong();

    /** The sorted documents of a page and the facets of its list. */
    private record Ranked(TopDocs top, Map<String, List<SearchResults.FacetCount>> facets) {
    }

    /**
     * A hybrid page by relevance in one pass over the matches, where {@link #hybrid} makes two (the keyword ranking
     * to fuse, then the fused query for the page, the count and the facets). The one pass counts the words' matches
     * and the nearest cables together, takes facets, and keeps the first {@link #FUSE_DEPTH} by BM25 (the nearest
     * cables that match no word score 0 there and are left out of that ranking). Fused cables rank above every
     * other match, so a page within them is theirs, sorted as the fused query sorts (score, then reference ID).
     * Returns null when the page reaches past them into the keyword matches fusion did not reach (from about the
     * sixth page of 20): the two passes answer that.
     */
    private Ranked hybridInOnePass(IndexSearcher searcher, CableQueryParser.Parsed parsed, SearchRequest request,
                                   List<ParagraphVectors.CableMatch> near) throws IOException, InvalidQueryException {
        // A demanding query's nearest cables join only from its keyword matches, which the pass counts anyway.
        var candidates = parsed.demanding() ? List.<BytesRef>of()
                : fusedNearest(parsed, near, refId -> true).stream().map(BytesRef::new).toList();
        var union = new BooleanQuery.Builder().add(parsed.query(), Occur.SHOULD);
        if (!candidates.isEmpty()) {
            union.add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                    new org.apache.lucene.search.TermInSetQuery(CableFields.ID, candidates)), 0f), Occur.SHOULD);
        }
        var query = filtered(union.build(), request);
        TopDocs counted;
        Map<String, List<SearchResults.FacetCount>> facets = null;
        if (request.facets()) {
            var result = FacetsCollectorManager.search(searcher, query, FUSE_DEPTH, new FacetsCollectorManager());
            counted = result.topDocs();
            facets = facets(((SlicedSearcherFactory.FacetedSearcher) searcher).facets(), result.facetsCollector());
        } else {
            counted = searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(FUSE_DEPTH,
                    null, 1000));
        }
        int words = 0;
        while (words < counted.scoreDocs.length && counted.scoreDocs[words].score > 0) {
            words++;
        }
        var keywordDocs = java.util.Arrays.copyOf(counted.scoreDocs, words);
        var keywordIds = refIds(searcher, keywordDocs);
        var scores = fusedScores(parsed, keywordDocs, keywordIds, near);
        // Documents of the fused cables: the keyword ranking's from the pass; the others looked up, keeping those
        // the filters let through (the pass counted them too).
        var docOf = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < keywordIds.size(); i++) {
            docOf.put(keywordIds.get(i), keywordDocs[i].doc);
        }
        var others = new ArrayList<BytesRef>();
        scores.keySet().forEach(refId -> {
            if (!docOf.containsKey(refId)) {
                others.add(new BytesRef(refId));
            }
        });
        if (!others.isEmpty()) {
            var found = searcher.search(filtered(new org.apache.lucene.search.TermInSetQuery(CableFields.ID, others),
                    request), others.size()).scoreDocs;
            var ids = refIds(searcher, found);
            for (int i = 0; i < ids.size(); i++) {
                docOf.put(ids.get(i), found[i].doc);
            }
        }
        var ranked = new ArrayList<Map.Entry<String, Float>>();
        scores.entrySet().stream().filter(e -> docOf.containsKey(e.getKey())).forEach(ranked::add);
        ranked.sort(FUSED_ORDER);
        var after = after(request.after(), SearchOrder.RELEVANCE, searcher.getIndexReader().maxDoc());
        int from = 0;
        if (after != null) {
            var cursor = Map.entry(((BytesRef) after.fields[1]).utf8ToString(), (Float) after.fields[0]);
            while (from < ranked.size() && FUSED_ORDER.compare(ranked.get(from), cursor) <= 0) {
                from++;
            }
        }
        int wanted = request.limit() + 1;
        boolean allCounted = counted.totalHits.relation == TotalHits.Relation.EQUAL_TO
                && counted.totalHits.value == ranked.size();
        if (ranked.size() - from < wanted && !allCounted) {
            return null;
        }
        var page = new ArrayList<FieldDoc>();
        for (int i = from; i < ranked.size() && page.size() < wanted; i++) {
            var e = ranked.get(i);
            page.add(new FieldDoc(docOf.get(e.getKey()), e.getValue(),
                    new Object[]{e.getValue(), new BytesRef(e.getKey())}));
        }
        onePassPages.incrementAndGet();
        return new Ranked(new TopDocs(counted.totalHits, page.toArray(new FieldDoc[0])), facets);
    }

    /** Exactly these cables, each scoring its given score. */
    private static Query byScore(Map<String, Float> scores) {
        if (scores.isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no cable near the query");
        }
        var b = new BooleanQuery.Builder();
        scores.forEach((refId, score) -> b.add(new org.apache.lucene.search.BoostQuery(
                new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(CableFields.ID, refId))),
                score), Occur.SHOULD));
        return b.build();
    }

    /** The reference IDs of these cable documents, in their order (from the sort key's doc values). */
    private static List<String> refIds(IndexSearcher searcher, org.apache.lucene.search.ScoreDoc[] docs)
            throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var out = new ArrayList<String>(docs.length);
        for (var d : docs) {
            var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(d.doc, leaves));
            var ids = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), CableFields.ID_SORT);
            if (ids.advanceExact(d.doc - leaf.docBase)) {
                out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
        }
        return out;
    }

    /** Paragraphs by key, as excerpts from their start (a hit found by meaning has no word to mark). */
    private static List<SearchHit.ParagraphMatch> nearestExcerpts(org.apache.lucene.index.StoredFields stored,
                                                                  int doc, List<String> keys) throws IOException {
        var d = stored.document(doc, Set.of(CableFields.PARA, CableFields.PARA_N));
        var texts = d.getValues(CableFields.PARA);
        var ns = d.getValues(CableFields.PARA_N);
        var out = new ArrayList<SearchHit.ParagraphMatch>();
        for (var key : keys) {
            for (int i = 0; i < ns.length && i < texts.length; i++) {
                if (ns[i].equals(key)) {
                    var text = texts[i];
                    var excerpt = text.length() <= ParagraphHighlighter.EXCERPT_CHARS ? text
                            : text.substring(0, ParagraphHighlighter.EXCERPT_CHARS).replaceFirst("\\s+\\S*$", "") + " …";
                    out.add(new SearchHit.ParagraphMatch(key, excerpt));
                    break;
                }
            }
            if (out.size() == PARAGRAPHS_PER_HIT) {
                break;
            }
        }
        return out;
    }

    private static boolean hasVectors(IndexSearcher searcher) {
        for (var leaf : searcher.getIndexReader().leaves()) {
            var info = leaf.reader().getFieldInfos().fieldInfo(ParagraphVectors.VECTOR);
            if (info != null && info.getVectorDimension() > 0) {
                return true;
            }
        }
        return false;
    }

    private static int cableCount(IndexSearcher searcher) throws IOException {
        return searcher.count(new org.apache.lucene.search.FieldExistsQuery(CableFields.ID_SORT));
    }

    /** Cables in the index and how many of them have their vectors; the first {@code max} without. */
    public record VectorScan(int cables, int withVectors, List<String> without) {
    }

    /** Which cables have no vectors yet (as the searches see the index; a refresh first). */
    public VectorScan scanVectors(int max) throws IOException {
        refresh();
        var searcher = searchers.acquire();
        try {
            var reader = searcher.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            var vecTerms = org.apache.lucene.index.MultiTerms.getTerms(reader, ParagraphVectors.KEY);
            var ofTerms = org.apache.lucene.index.MultiTerms.getTerms(reader, ParagraphVectors.OF);
            var ofEnum = ofTerms == null ? null : ofTerms.iterator();
            var vecEnum = vecTerms == null ? null : vecTerms.iterator();
            org.apache.lucene.index.PostingsEnum postings = null;
            int cables = 0;
            int with = 0;
            var without = new ArrayList<String>();
            for (var leaf : reader.leaves()) {
                var leafLive = leaf.reader().getLiveDocs();
                var ids = leaf.reader().getSortedDocValues(CableFields.ID_SORT);
                if (ids == null) {
                    continue;
                }
                var hashes = leaf.reader().getBinaryDocValues(CableFields.TEXT_HASH);
                for (int doc = ids.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                     doc = ids.nextDoc()) {
                    if (leafLive != null && !leafLive.get(doc)) {
                        continue;
                    }
                    cables++;
                    var refId = ids.lookupOrd(ids.ordValue());
                    boolean has = false;
                    // Vectors of the cable's present text; an index written before text hashes: any vectors.
                    var enumerator = vecEnum;
                    var key = refId;
                    if (hashes != null && hashes.advanceExact(doc)) {
                        key = new BytesRef(ParagraphVectors.key(refId.utf8ToString(), hashes.binaryValue().utf8ToString()));
                    } else {
                        enumerator = ofEnum;
                    }
                    if (enumerator != null && enumerator.seekExact(key)) {
                        postings = enumerator.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                        for (int v = postings.nextDoc(); v != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             v = postings.nextDoc()) {
                            if (live == null || live.get(v)) {
                                has = true;
                                break;
                            }
                        }
                    }
                    if (has) {
                        with++;
                    } else if (without.size() < max) {
                        without.add(refId.utf8ToString());
                    }
                }
            }
            return new VectorScan(cables, with, without);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Embeds these cables' subjects and paragraphs (read from the index's stored text) with {@code embed} and
     * writes their vector documents, marked with the hash of the text they were made from.
     *
     * @return the number of texts embedded
     */
    public int addVectors(List<String> refIds, java.util.function.Function<List<String>, List<float[]>> embed)
            throws IOException {
        if (rebuilding.get()) {
            return 0;
        }
        var keys = new LinkedHashMap<String, List<String>>();
        var texts = new ArrayList<String>();
        var hashes = new java.util.HashMap<String, String>();
        {
            var searcher = searchers.acquire();
            try {
                var stored = searcher.storedFields();
                var fields = Set.of(CableFields.SUBJECT, CableFields.PARA, CableFields.PARA_N);
                for (var refId : refIds) {
                    var found = searcher.search(new TermQuery(new Term(CableFields.ID, refId)), 1);
                    if (found.scoreDocs.length == 0) {
                        continue;
                    }
                    var doc = stored.document(found.scoreDocs[0].doc, fields);
                    var cableKeys = new ArrayList<String>();
                    var subject = doc.get(CableFields.SUBJECT);
                    if (subject != null && !subject.isBlank()) {
                        cableKeys.add(ParagraphVectors.SUBJECT);
                        texts.add(subject);
                    }
                    var paras = doc.getValues(CableFields.PARA);
                    var ns = doc.getValues(CableFields.PARA_N);
                    for (int i = 0; i < paras.length && i < ns.length; i++) {
                        if (!paras[i].isBlank()) {
                            cableKeys.add(ns[i]);
                            texts.add(paras[i]);
                        }
                    }
                    keys.put(refId, cableKeys);
                    hashes.put(refId, ParagraphVectors.textHash(subject, java.util.Arrays.asList(paras)));
                }
            } finally {
                searchers.release(searcher);
            }
            // Written with the hash of the text they were made from: a cable rewritten meanwhile is embedded again.
            var vectors = texts.isEmpty() ? List.<float[]>of() : embed.apply(texts);
            int at = 0;
            for (var e : keys.entrySet()) {
                int n = e.getValue().size();
                writer.updateDocuments(new Term(ParagraphVectors.OF, e.getKey()), ParagraphVectors.documents(
                        e.getKey(), hashes.get(e.getKey()), e.getValue(), vectors.subList(at, at + n)));
                at += n;
            }
            writes.incrementAndGet();
            return texts.size();
        }
    }

    /**
     * The best paragraphs of each hit. Highlighting analyses each hit's stored text again (the postings hold no
     * offsets: they would cost the import a tenth of its time), the largest share of a page's CPU time after the
     * query itself: the second half of the page is highlighted on another thread meanwhile.
     */
    private List<List<ParagraphHighlighter.Best>> highlight(IndexSearcher searcher, Query words, int[] ids)
            throws IOException {
        if (ids.length < 4) {
            return new ParagraphHighlighter(searcher, analyzer).best(words, ids, PARAGRAPHS_PER_HIT);
        }
        int half = ids.length / 2;
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new ParagraphHighlighter(searcher, analyzer).best(words,
                        java.util.Arrays.copyOfRange(ids, half, ids.length), PARAGRAPHS_PER_HIT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, searchThreads);
        var all = new ArrayList<>(new ParagraphHighlighter(searcher, analyzer).best(words,
                java.util.Arrays.copyOfRange(ids, 0, half), PARAGRAPHS_PER_HIT));
        try {
            all.addAll(second.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        return all;
    }

    private static Query filtered(Query query, SearchRequest r) {
        var b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (r.origin() != null) {
            b.add(new TermQuery(new Term(CableFields.ORIGIN, r.origin())), Occur.FILTER);
        }
        if (r.classification() != null) {
            b.add(new TermQuery(new Term(CableFields.CLASSIFICATION, r.classification())), Occur.FILTER);
        }
        if (r.tags() != null) {
            r.tags().forEach(t -> b.add(new TermQuery(new Term(CableFields.TAG, t)), Occur.FILTER));
        }
        if (r.from() != null || r.until() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().getEpochSecond();
            long to = r.until() == null ? Long.MAX_VALUE : r.until().getEpochSecond() - 1;
            b.add(LongPoint.newRangeQuery(CableFields.CREATED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The sort key to continue after. The doc id is the reader's last: with the reference ID in every key, no
     * other document ties with the cursor's, so no id is ever compared.
     */
    private static FieldDoc after(SearchCursor cursor, SearchOrder order, int maxDoc) throws InvalidQueryException {
        if (cursor == null) {
            return null;
        }
        if (cursor.order() != order) {
            throw new InvalidQueryException("cursor: it belongs to a list in another order; pass the `next` value of a page in this order");
        }
        var refId = new BytesRef(cursor.refId());
        int doc = Math.max(0, maxDoc - 1);
        return order == SearchOrder.DATE
                ? new FieldDoc(doc, Float.NaN, new Object[]{cursor.created(), refId})
                : new FieldDoc(doc, cursor.score(), new Object[]{cursor.score(), refId});
    }

    private Map<String, List<SearchResults.FacetCount>> facets(SortedSetDocValuesReaderState state,
                                                                org.apache.lucene.facet.FacetsCollector collector)
            throws IOException {
        var out = new LinkedHashMap<String, List<SearchResults.FacetCount>>();
        // One pass over the hits counts every dimension: counting per dimension read them four times.
        var counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
        for (var dim : List.of(CableFields.DIM_ORIGIN, CableFields.DIM_TAG, CableFields.DIM_CLASSIFICATION,
                CableFields.DIM_YEAR)) {
            var values = new ArrayList<SearchResults.FacetCount>();
            if (counts != null) {
                var top = dim.equals(CableFields.DIM_YEAR) ? counts.getAllChildren(dim)
                        : counts.getTopChildren(FACET_VALUES, dim);
                if (top != null) {
                    for (var lv : top.labelValues) {
                        values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
                if (dim.equals(CableFields.DIM_YEAR)) {
                    values.sort(java.util.Comparator.comparing(SearchResults.FacetCount::value).reversed());
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (IOException | RuntimeException e) {
            org.jboss.logging.Logger.getLogger(LuceneCableIndex.class).warn("Search index refresh failed", e);
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            org.jboss.logging.Logger.getLogger(LuceneCableIndex.class).warn("Search index commit failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        // No interrupts: a thread interrupted inside a file write closes its channel and breaks the writer.
        background.shutdown();
        searchThreads.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rebuilding.set(false);
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
