package org.cablegate.search;

import org.cablegate.semantic.SentenceEmbedder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gives every cable of an existing search index vector documents without the sentence model, for measuring
 * semantic and hybrid search at the corpus's size: embedding the 2.35 million texts of 251,287 cables takes 6-8 h
 * on two cores, longer than a working session. A tool, not a test (run with the service stopped):
 * <pre>java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.SyntheticVectors DIR</pre>
 * The vectors are not the model's for those texts, so what such an index ranks says nothing of relevance; what it
 * measures is the cost: the HNSW graph, the quantized and the float vectors at full size, written through the
 * index's own {@link LuceneCableIndex#addVectors} (the background indexer's path) and searched by the service's
 * own code. Each vector is near a real one: the model's embedding of a paragraph of the bundled cables picked by
 * the text's hash, blended with a second one at random and a little noise, then normalised, so the vectors lie
 * where the model's do and no two are equal.
 */
public final class SyntheticVectors {

    private static final int BATCH = 2_000;

    public static void main(String... args) throws Exception {
        var dir = Path.of(args[0]);
        var pool = realVectors();
        System.out.printf("%d real vectors to draw from%n", pool.size());
        var random = new Random(42);
        long start = System.nanoTime();
        long texts = 0;
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3_600, false)) {
            for (var scan = index.scanVectors(BATCH); !scan.without().isEmpty(); scan = index.scanVectors(BATCH)) {
                texts += index.addVectors(scan.without(), batch -> near(batch, pool, random));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%d of %d cables had vectors; %d texts written, %.0f s, %.0f texts/s%n",
                        scan.withVectors(), scan.cables(), texts, seconds, texts / seconds);
            }
            index.commit();
        }
        System.out.printf("done: %d texts in %.0f s%n", texts, (System.nanoTime() - start) / 1e9);
    }

    private static List<float[]> realVectors() {
        var texts = new ArrayList<String>();
        for (var cable : SampleCorpus.cables()) {
            for (var p : cable.paragraphs()) {
                if (p.text() != null && !p.text().isBlank() && texts.size() < 4_000) {
                    texts.add(p.text());
                }
            }
        }
        return SentenceEmbedder.shared().embedAll(texts);
    }

    private static List<float[]> near(List<String> texts, List<float[]> pool, Random random) {
        var out = new ArrayList<float[]>(texts.size());
        for (var text : texts) {
            var a = pool.get(Math.floorMod(text.hashCode(), pool.size()));
            var b = pool.get(random.nextInt(pool.size()));
            var v = new float[a.length];
            double norm = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = 0.7f * a[i] + 0.3f * b[i] + (float) (random.nextGaussian() * 0.02);
                norm += v[i] * v[i];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
            out.add(v);
        }
        return out;
    }
}
