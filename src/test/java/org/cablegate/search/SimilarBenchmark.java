package org.cablegate.search;

import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CablesCsvReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * "Cables like this one" by their vectors against by their words (MoreLikeThis): what each answers, and what a call
 * costs (wall and CPU of the calling thread and the search threads), the page's 5 cables per call; a tool:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.SimilarBenchmark
 *     (the bundled cables, the served model; both answers for every cable into target/similar-comparison.txt)
 * python3 ../shared/tools/cablegate-csv.py scale 20000 &gt; /tmp/scale.csv
 * java -cp ... org.cablegate.search.SimilarBenchmark /tmp/scale.csv
 *     (synthetic cables; for cost only, their vectors are hashed bags of words, not the model's)
 * </pre>
 */
public final class SimilarBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int LIMIT = 5;
    private static List<Long> sliceThreads = List.of();

    public static void main(String... args) throws Exception {
        boolean bundled = args.length == 0;
        var cables = new ArrayList<IndexedCable>();
        if (bundled) {
            SampleCorpus.cables().forEach(c -> cables.add(IndexedCable.of(c)));
        } else {
            var parser = new CableParser();
            try (var reader = new CablesCsvReader(Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8))) {
                for (var row = reader.next(); row != null; row = reader.next()) {
                    try {
                        cables.add(IndexedCable.of(parser.parse(row)));
                    } catch (CableParseException e) {
                        // not indexed, as in the import
                    }
                }
            }
        }
        var dir = Files.createTempDirectory("similar-bench");
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            for (int i = 0; i < cables.size(); i += 500) {
                index.upsert(cables.subList(i, Math.min(cables.size(), i + 500)));
            }
            if (bundled) {
                SearchRelevanceTest.embedAll(index);
            } else {
                for (var scan = index.scanVectors(256); !scan.without().isEmpty(); scan = index.scanVectors(256)) {
                    index.addVectors(scan.without(), SimilarBenchmark::hashedWords);
                }
            }
            index.commit();
            System.out.printf("%d cables, vectors %s%n", index.size(), bundled ? "of the model" : "hashed words");
            var refIds = new ArrayList<String>(cables.stream().map(IndexedCable::refId).distinct().toList());
            Collections.shuffle(refIds, new java.util.Random(7));
            var timed = refIds.subList(0, Math.min(200, refIds.size()));
            if (bundled) {
                var out = new StringBuilder();
                for (var refId : refIds.stream().sorted().toList()) {
                    LuceneCableIndex.vectorsForSimilar = false;
                    var words = index.similar(refId, LIMIT);
                    LuceneCableIndex.vectorsForSimilar = true;
                    var meaning = index.similar(refId, LIMIT);
                    out.append("== ").append(refId).append('\n');
                    for (int i = 0; i < LIMIT; i++) {
                        out.append(String.format("  %-70s | %s%n", line(words, i), line(meaning, i)));
                    }
                }
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target/similar-comparison.txt"), out.toString());
            }
            for (int mode : List.of(0, 200, 50, 0, 200, 50)) {
                boolean vectors = mode > 0;
                LuceneCableIndex.vectorsForSimilar = vectors;
                LuceneCableIndex.similarParagraphs = Math.max(1, mode);
                var wall = new ArrayList<Double>();
                var cpu = new ArrayList<Double>();
                for (int round = -2; round < 5; round++) {
                    for (var refId : timed) {
                        long t = System.nanoTime();
                        long c = cpu();
                        index.similar(refId, LIMIT);
                        if (round >= 0) {
                            wall.add((System.nanoTime() - t) / 1e6);
                            cpu.add((cpu() - c) / 1e6);
                        }
                    }
                }
                Collections.sort(wall);
                Collections.sort(cpu);
                System.out.printf("%-13s k %3d %d calls: wall p50 %.2f ms p95 %.2f ms; CPU p50 %.2f ms p95 %.2f ms mean %.2f ms%n",
                        vectors ? "vectors" : "MoreLikeThis", mode, wall.size(), at(wall, 0.5), at(wall, 0.95),
                        at(cpu, 0.5), at(cpu, 0.95), cpu.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            }
        }
    }

    private static String line(List<SearchHit> hits, int i) {
        if (i >= hits.size()) {
            return "";
        }
        var h = hits.get(i);
        var subject = h.subject() == null ? "" : h.subject();
        return h.refId() + " " + subject.substring(0, Math.min(50, subject.length()));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }

    private static long cpu() {
        if (sliceThreads.isEmpty()) {
            sliceThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("search-slice")).map(Thread::getId).toList();
        }
        long sum = CPU.getCurrentThreadCpuTime();
        for (var id : sliceThreads) {
            sum += Math.max(0, CPU.getThreadCpuTime(id));
        }
        return sum;
    }

    /** A unit vector from a text's words (hashed into the dimensions): for cost, not for meaning. */
    static List<float[]> hashedWords(List<String> texts) {
        int dim = org.cablegate.semantic.SentenceEmbedder.DIMENSIONS;
        var out = new ArrayList<float[]>(texts.size());
        for (var t : texts) {
            var v = new float[dim];
            for (var w : t.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), dim)] += 1;
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
            for (int i = 0; i < dim; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
            out.add(v);
        }
        return out;
    }
}
