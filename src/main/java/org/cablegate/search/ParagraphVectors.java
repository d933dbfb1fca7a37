package org.cablegate.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The vector documents that sit beside the cables' documents in the same index: one per paragraph (and one for the
 * subject), each holding its cable's reference ID ({@link #OF}, the key they are replaced and deleted by), the
 * paragraph's key and a unit vector in an HNSW graph (dot product = cosine). A cable whose vectors were written
 * holds at least one document keyed by it (a cable without text gets a marker without a vector): what the
 * background indexer has done survives a restart with the index's commits. Vector documents have none of the cable
 * fields, so text queries, facets and {@code size()} never see them.
 */
final class ParagraphVectors {

    /** The cable's reference ID (stored; the key the cable's vectors are replaced by). */
    static final String OF = "vec_of";
    /** The cable's reference ID and the hash of the text embedded ({@link #key}): whether vectors are current. */
    static final String KEY = "vec_key";
    /** The paragraph's key {@code n}; empty for the subject's vector. */
    static final String N = "vec_n";
    static final String VECTOR = "vec";
    /** The key of the subject's vector. */
    static final String SUBJECT = "";
    private static final Set<String> STORED = Set.of(OF, N);

    private ParagraphVectors() {
    }

    /** A cable's vector documents: {@code keys.get(i)} embedded as {@code vectors.get(i)}. */
    static List<Document> documents(String refId, String textHash, List<String> keys, List<float[]> vectors) {
        var docs = new ArrayList<Document>(keys.size() + 1);
        var key = key(refId, textHash);
        for (int i = 0; i < keys.size(); i++) {
            var doc = new Document();
            doc.add(new StringField(OF, refId, Field.Store.YES));
            doc.add(new StringField(KEY, key, Field.Store.NO));
            doc.add(new StoredField(N, keys.get(i)));
            doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            docs.add(doc);
        }
        if (docs.isEmpty()) {
            var marker = new Document();
            marker.add(new StringField(OF, refId, Field.Store.YES));
            marker.add(new StringField(KEY, key, Field.Store.NO));
            docs.add(marker);
        }
        return docs;
    }

    /** The term that says a cable's vectors were made from the text of this hash. */
    static String key(String refId, String textHash) {
        return refId + "@" + textHash;
    }

    /**
     * A hash of the text a cable's vectors are made of (subject and paragraphs as stored), kept with the cable
     * ({@link CableFields#TEXT_HASH}) and with its vectors: a cable imported again with the same text keeps them.
     */
    static String textHash(String subject, List<String> paragraphs) {
        long h = 1125899906842597L;
        h = 31 * h + (subject == null ? 0 : subject.hashCode());
        for (var p : paragraphs) {
            h = 1_000_003 * h + p.hashCode();
            h = 31 * h + p.length();
        }
        return Long.toHexString(h) + "-" + paragraphs.size();
    }

    /** A cable found by its paragraphs: its best similarity and its paragraphs' keys, nearest first. */
    record CableMatch(String refId, float score, List<String> paragraphs) {
    }

    /**
     * The cables of the {@code k} paragraphs nearest {@code query}, each ranked by its best paragraph (plus
     * {@code second} times its second best: a cable about the topic throughout beats one passing mention).
     */
    static List<CableMatch> nearestCables(IndexSearcher searcher, float[] query, int k, float second,
                                          float subject) throws IOException {
        var top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k), k);
        var cosines = exactCosines(searcher, top.scoreDocs, query);
        var stored = searcher.storedFields();
        var byCable = new LinkedHashMap<String, List<Float>>();
        var keys = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            var d = top.scoreDocs[i];
            var doc = stored.document(d.doc, STORED);
            var refId = doc.get(OF);
            var n = doc.get(N);
            float cosine = cosines[i];
            byCable.computeIfAbsent(refId, r -> new ArrayList<>()).add(n == null || n.isEmpty() ? subject * cosine
                    : cosine);
            if (n != null && !n.isEmpty()) {
                keys.computeIfAbsent(refId, r -> new ArrayList<>()).add(n);
            }
        }
        var out = new ArrayList<CableMatch>(byCable.size());
        byCable.forEach((refId, scores) -> {
            scores.sort(java.util.Collections.reverseOrder());
            float s = scores.get(0) + (scores.size() > 1 ? second * scores.get(1) : 0);
            out.add(new CableMatch(refId, s, keys.getOrDefault(refId, List.of())));
        });
        out.sort(Comparator.comparing(CableMatch::score).reversed());
        return out;
    }

    /**
     * The cosines of {@code query} with the vectors of {@code docs}, from the vectors as written (32-bit floats): the
     * graph is walked over quantized copies ({@link VectorCodec}), whose scores are a little off, enough to swap
     * cables whose best paragraphs are close. Only the paragraphs found are read again, in index order.
     */
    static float[] exactCosines(IndexSearcher searcher, ScoreDoc[] docs, float[] query) throws IOException {
        var out = new float[docs.length];
        var order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        var leaves = searcher.getIndexReader().leaves();
        FloatVectorValues values = null;
        int leafIndex = -1;
        for (int i : order) {
            int doc = docs[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getFloatVectorValues(VECTOR);
            }
            int local = doc - leaves.get(leaf).docBase;
            if (values != null && values.docID() < local) {
                values.advance(local);
            }
            // Lucene scores a dot product as (1 + dot) / 2: back to the cosine where the vector cannot be read.
            out[i] = values != null && values.docID() == local
                    ? VectorUtil.dotProduct(query, values.vectorValue()) : 2 * docs[i].score - 1;
        }
        return out;
    }

    /**
     * The vectors of a cable's subject and paragraphs, read from its vector documents in the index (none when they
     * are not written yet).
     */
    static List<float[]> vectorsOf(IndexSearcher searcher, String refId) throws IOException {
        var out = new ArrayList<float[]>();
        var term = new org.apache.lucene.util.BytesRef(refId);
        for (var leaf : searcher.getIndexReader().leaves()) {
            var reader = leaf.reader();
            var terms = reader.terms(OF);
            var values = reader.getFloatVectorValues(VECTOR);
            if (terms == null || values == null) {
                continue;
            }
            var termsEnum = terms.iterator();
            if (!termsEnum.seekExact(term)) {
                continue;
            }
            var live = reader.getLiveDocs();
            var postings = termsEnum.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                 doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (values.docID() < doc) {
                    values.advance(doc);
                }
                if (values.docID() == doc) {
                    out.add(values.vectorValue().clone());
                }
            }
        }
        return out;
    }

    /**
     * Cables like {@code refId} by meaning: the cables of the {@code k} paragraphs (besides its own) nearest the mean
     * of its subject's and paragraphs' vectors (what the cable is about as a whole), ranked as {@link #nearestCables} ranks them,
     * without itself; null when the cable has no vectors yet.
     */
    static List<CableMatch> similarCables(IndexSearcher searcher, String refId, int k, float second, float subject)
            throws IOException {
        var vectors = vectorsOf(searcher, refId);
        if (vectors.isEmpty()) {
            return null;
        }
        var mean = new float[vectors.get(0).length];
        for (var v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : mean) {
            norm += x * x;
        }
        if (norm == 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < mean.length; i++) {
            mean[i] *= inv;
        }
        // Its own paragraphs are the nearest of all: asked for on top of the k others.
        var near = new ArrayList<>(nearestCables(searcher, mean, vectors.size() + k, second, subject));
        near.removeIf(m -> m.refId().equals(refId));
        return near;
    }
}
