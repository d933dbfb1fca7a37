package org.cablegate.semantic;

import org.cablegate.ingest.CableParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs embedded per second on this machine, outside any server (a benchmark, not a test):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.semantic.EmbeddingBenchmark [rounds] [batch]
 * </pre>
 * The bundled cables' paragraphs are embedded in batches as the background vector indexer does, after one warm-up
 * round; the model's load time, the rate, and the query embedding's p50/p95 (one short text at a time) are printed.
 */
public final class EmbeddingBenchmark {

    public static void main(String... args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        var paragraphs = paragraphs();
        long chars = paragraphs.stream().mapToLong(String::length).sum();
        System.out.printf("%d paragraphs, %d chars (mean %d)%n", paragraphs.size(), chars, chars / paragraphs.size());
        long t0 = System.nanoTime();
        var embedder = SentenceEmbedder.shared();
        embedder.embed("warm up");
        System.out.printf("model load + first embedding: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (int r = 0; r <= rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < paragraphs.size(); i += batch) {
                embedder.embedAll(paragraphs.subList(i, Math.min(paragraphs.size(), i + batch)));
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s round %d: %.1f s, %.1f paragraphs/s%n", r == 0 ? "warm-up" : "measured", r, s,
                    paragraphs.size() / s);
        }
        var queries = List.of("the ruler's health and who succeeds him", "heroin seizures in Kazakhstan",
                "what did the ambassador say about corruption", "nuclear programme sanctions Iran",
                "who could replace gordon brown");
        var lat = new ArrayList<Double>();
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            embedder.embed(queries.get(i % queries.size()));
            lat.add((System.nanoTime() - s) / 1e6);
        }
        lat.sort(Double::compare);
        System.out.printf("query embedding: p50 %.1f ms, p95 %.1f ms%n", lat.get(100), lat.get(190));
    }

    static List<String> paragraphs() throws Exception {
        var parser = new CableParser();
        var out = new ArrayList<String>();
        for (var name : read("samples/index.txt").lines().filter(l -> !l.isBlank()).toList()) {
            for (var p : parser.parse(read("samples/" + name.trim())).paragraphs()) {
                out.add(p.text());
            }
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = EmbeddingBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
