package org.cablegate.search;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What vectors add to the index, measured on the bundled cables (a tool, not a test):
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.VectorIndexSize</pre>
 * The index is built, committed and merged to one segment, measured; the vectors are written, merged and measured
 * again; the difference per vector document and per file kind (.vec raw vectors, .vex HNSW graph, .vem metadata).
 */
public final class VectorIndexSize {

    public static void main(String... args) throws Exception {
        var dir = Files.createTempDirectory("vector-size");
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            index.commit();
            long before = size(dir);
            long started = System.nanoTime();
            var embedder = org.cablegate.semantic.SentenceEmbedder.shared();
            long texts = 0;
            for (var scan = index.scanVectors(64); !scan.without().isEmpty(); scan = index.scanVectors(64)) {
                texts += index.addVectors(scan.without(), embedder::embedAll);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            index.commit();
            long after = size(dir);
            System.out.printf("%d cables, %d vectors (subjects and paragraphs) in %.1f s = %.0f/s%n",
                    index.size(), texts, seconds, texts / seconds);
            System.out.printf("index without vectors %,d B, with %,d B: %,d B per vector%n", before, after,
                    (after - before) / texts);
            try (var files = Files.list(dir)) {
                files.filter(f -> f.toString().matches(".*\\.(vec|veq|vex|vem|vemq)$")).forEach(f -> {
                    try {
                        System.out.printf("  %s %,d B%n", f.getFileName(), Files.size(f));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
