package org.cablegate.semantic;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * bge-small-en-v1.5 (quantized) in process: a text in, a unit vector of {@link #DIMENSIONS} floats out. The model is
 * loaded once per JVM on first use (about a second); ONNX Runtime sessions are thread-safe, so every caller shares it.
 * Texts are cut to their first {@link #MAX_CHARS} characters first (a paragraph's opening says what it is about; the
 * model's cost grows faster than a text's length, and windows over the rest would double the longest paragraphs').
 *
 * <p>A query is embedded behind the instruction the model's authors give for finding passages by a short query
 * ({@link #QUERY_INSTRUCTION}); a paragraph is embedded as it is. Chosen over all-MiniLM-L6-v2 and e5-small-v2 by a
 * rule written before the candidates were measured (README "Semantic and hybrid search": judged sets, not the
 * held-out one).
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;
    /**
     * The model the vectors of an index were made by, recorded with the index: vectors of another model are
     * meaningless beside this one's queries, so an index that recorded another drops them and embeds again.
     */
    public static final String MODEL = "bge-small-en-v1.5-q";
    /** The model's own prefix for a short query looking for passages that answer it. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /** About 256 word pieces of English (the model reads up to 512). */
    public static final int MAX_CHARS = 1200;

    private static volatile SentenceEmbedder shared;
    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    private final BgeSmallEnV15QuantizedEmbeddingModel model;

    private SentenceEmbedder() {
        OnnxGate.RUNTIME.watchStopSignals();
        model = OnnxGate.RUNTIME.call(BgeSmallEnV15QuantizedEmbeddingModel::new);
    }

    /** The JVM's one model, loaded by the first caller. */
    public static SentenceEmbedder shared() {
        var s = shared;
        if (s == null) {
            synchronized (SentenceEmbedder.class) {
                s = shared;
                if (s == null) {
                    s = new SentenceEmbedder();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** Whether the JVM's model is loaded (a search that must not wait asks first). */
    public static boolean isLoaded() {
        return shared != null;
    }

    /**
     * Starts loading the JVM's model on a thread of its own, once, and returns at once: loading takes a second or
     * more, and at full size a hybrid search that waited for it on a fresh service answered 503 at its deadline.
     */
    public static void loadInBackground() {
        if (shared != null || !LOADING.compareAndSet(false, true)) {
            return;
        }
        var thread = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException e) {
                // Stopping (EmbedderStopped) or a model that cannot load: the next caller tries, or hears why.
                LOADING.set(false);
            }
        }, "sentence-model-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queries embedded lately and their vectors, least recently used first. */
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_QUERIES;
        }
    };
    /** 1,024 vectors of 384 floats: 1.6 MB. */
    static final int RECENT_QUERIES = 1024;

    /**
     * The vector of a query, unit length. A query asked again (its next page, another filter or mode, a popular
     * one) is answered from the last {@link #RECENT_QUERIES} queries' vectors: the model takes 4-6 ms a query.
     */
    public float[] embed(String query) {
        var text = prepare(query);
        float[] known;
        synchronized (recentQueries) {
            known = recentQueries.get(text);
        }
        if (known != null) {
            return known.clone();
        }
        var vector = normalized(OnnxGate.RUNTIME.call(() -> model.embed(QUERY_INSTRUCTION + text).content().vector()));
        synchronized (recentQueries) {
            recentQueries.put(text, vector.clone());
        }
        return vector;
    }

    /** The vectors of these passages (paragraphs, subjects) in their order, unit length. */
    public List<float[]> embedAll(List<String> texts) {
        var segments = new ArrayList<TextSegment>(texts.size());
        for (var t : texts) {
            segments.add(TextSegment.from(prepare(t)));
        }
        var out = new ArrayList<float[]>(texts.size());
        for (var e : OnnxGate.RUNTIME.call(() -> model.embedAll(segments).content())) {
            out.add(normalized(e.vector()));
        }
        return out;
    }

    static String prepare(String text) {
        var t = text == null || text.isBlank() ? "-" : text.strip();
        return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS);
    }

    static float[] normalized(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            var unit = new float[v.length];
            unit[0] = 1;
            return unit;
        }
        float inv = (float) (1 / Math.sqrt(sum));
        var out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
