package org.cablegate.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cablegate.semantic.HybridWeights;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tries ranking parameters on the tuning set ({@code search/semantic-tune.json}) and the keyword kinds of
 * {@code search/judgments.json}, never on {@code semantic-heldout.json}; a tool, not a test:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.SemanticTuning</pre>
 * First the semantic ranking's parameters (semantic mode on the tuning set), then the fusion's weights by query
 * shape (hybrid mode on both sets; hybrid must stay at or above keyword search on known items, names, phrases and
 * reference IDs).
 */
public final class SemanticTuning {

    private static final List<String> GUARDED = List.of("known-item", "name", "phrase", "refid");

    public static void main(String... args) throws Exception {
        var dir = Files.createTempDirectory("tuning");
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            SearchRelevanceTest.embedAll(index);
            var tune = queries("semantic-tune");
            var first = queries("judgments");
            var keyword = perKind(index, "first", SearchMode.KEYWORD, first);
            System.out.println("keyword, judgments: " + keyword);
            System.out.println("keyword, tune: " + perKind(index, "tune", SearchMode.KEYWORD, tune));
            if (args.length == 0 || args[0].equals("semantic")) {
                for (int knn : List.of(200)) {
                    for (float second : List.of(0f, 0.2f, 0.3f)) {
                        for (float subject : List.of(0.9f, 1.0f)) {
                            LuceneCableIndex.knnParagraphs = knn;
                            LuceneCableIndex.secondParagraph = second;
                            LuceneCableIndex.subjectFactor = subject;
                            System.out.printf("knn %d second %.1f subject %.1f: tune semantic %s%n", knn, second,
                                    subject, perKind(index, "tune", SearchMode.SEMANTIC, tune));
                        }
                    }
                }
            }
            if (args.length == 0 || args[0].equals("hybrid")) {
                for (int from : List.of(3, 4)) {
                    for (double describing : List.of(1.0, 2.0, 3.0, 5.0, 10.0, 30.0)) {
                        for (double naming : List.of(0.5, 1.0)) {
                            for (int k : List.of(10, 30, 60)) {
                                LuceneCableIndex.weights = new HybridWeights(from, describing, naming, naming, k);
                                var t = perKind(index, "tune", SearchMode.HYBRID, tune);
                                var j = perKind(index, "first", SearchMode.HYBRID, first);
                                boolean kept = GUARDED.stream().allMatch(g -> j.get(g) >= keyword.get(g) - 1e-9);
                                System.out.printf("from %d describing %4.1f naming %.1f k %2d: tune %s judgments %s%s%n",
                                        from, describing, naming, k, t, j, kept ? "" : " LOSES");
                            }
                        }
                    }
                }
            }
        }
    }

    static JsonNode queries(String set) throws Exception {
        return new ObjectMapper().readTree(SampleCorpus.read("search/" + set + ".json")).get("queries");
    }

    /** MRR@10 per kind and over all, rounded to three places. */
    static Map<String, Double> perKind(LuceneCableIndex index, String set, SearchMode mode, JsonNode queries)
            throws Exception {
        var sums = new TreeMap<String, List<Double>>();
        for (var q : queries) {
            var o = SearchRelevanceTest.evaluate(index, set, mode, q);
            sums.computeIfAbsent(o.kind(), x -> new ArrayList<>()).add(o.rr());
            sums.computeIfAbsent("all", x -> new ArrayList<>()).add(o.rr());
        }
        var out = new TreeMap<String, Double>();
        sums.forEach((kind, rrs) -> out.put(kind,
                Math.round(rrs.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 1000) / 1000.0));
        return out;
    }
}
