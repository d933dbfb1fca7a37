package org.cablegate.search;

import java.nio.file.Files;
import java.util.List;

/**
 * Tries ranking parameters on the tuning set ({@code search/semantic-tune.json}) and the keyword kinds of
 * {@code search/judgments.json}, never on {@code semantic-heldout.json}; a tool, not a test:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.SemanticTuning</pre>
 */
public final class SemanticTuning {

    public static void main(String... args) throws Exception {
        var dir = Files.createTempDirectory("tuning");
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            SearchRelevanceTest.embedAll(index);
            var tune = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(SampleCorpus.read("search/semantic-tune.json")).get("queries");
            var first = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(SampleCorpus.read("search/judgments.json")).get("queries");
            for (double w : List.of(1.0, 1.5, 2.0, 3.0)) {
                for (int k : List.of(10, 30, 60)) {
                    for (float second : List.of(0f, 0.2f)) {
                        LuceneCableIndex.semanticWeight = w;
                        LuceneCableIndex.fusionK = k;
                        LuceneCableIndex.secondParagraph = second;
                        double tuneMrr = 0;
                        for (var j : tune) {
                            tuneMrr += SearchRelevanceTest.evaluate(index, "tune", SearchMode.HYBRID, j).rr();
                        }
                        double semMrr = 0;
                        for (var j : tune) {
                            semMrr += SearchRelevanceTest.evaluate(index, "tune", SearchMode.SEMANTIC, j).rr();
                        }
                        double kwMrr = 0;
                        int n = 0;
                        for (var j : first) {
                            kwMrr += SearchRelevanceTest.evaluate(index, "first", SearchMode.HYBRID, j).rr();
                            n++;
                        }
                        System.out.printf("weight %.1f k %2d second %.1f: tune hybrid MRR %.3f semantic %.3f; judgments hybrid MRR %.3f%n",
                                w, k, second, tuneMrr / tune.size(), semMrr / tune.size(), kwMrr / n);
                    }
                }
            }
        }
    }
}
