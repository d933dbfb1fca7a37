package org.cablegate.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relevance on the judged queries of {@code search/judgments.json} (written by reading the bundled cables, never
 * from an engine's output; see the README beside it): the bundled cables are indexed, every query is run as typed,
 * and the test reports MRR@10 (reciprocal rank of the first cable with the query's best grade) and nDCG@10 (gain =
 * grade), overall and per kind, into {@code target/search-relevance.txt}. It fails below floors set a little under
 * the first honest run, so that a change that makes search worse is caught.
 */
class SearchRelevanceTest {

    /** First honest run (2026-11-30, 113 queries): MRR@10 0.935, nDCG@10 0.933. Floors sit a little under it. */
    static final double MRR_FLOOR = 0.90;
    static final double NDCG_FLOOR = 0.90;
    private static final int K = 10;

    @TempDir
    Path dir;

    record Outcome(String id, String kind, String query, double rr, double ndcg, List<String> top) {
    }

    @Test
    void ranksTheJudgedCablesWellEnoughOnTheBundledCorpus() throws Exception {
        var outcomes = evaluateAll(dir);
        var report = report(outcomes);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-relevance.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report.lines().limit(9).reduce((a, b) -> a + "\n" + b).orElse(""));

        double mrr = outcomes.stream().mapToDouble(Outcome::rr).average().orElse(0);
        double ndcg = outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0);
        assertTrue(outcomes.size() >= 40, "a judged set of at least 40 queries");
        assertTrue(mrr >= MRR_FLOOR, String.format("MRR@10 %.3f under the floor %.2f", mrr, MRR_FLOOR));
        assertTrue(ndcg >= NDCG_FLOOR, String.format("nDCG@10 %.3f under the floor %.2f", ndcg, NDCG_FLOOR));
    }

    /** Indexes the bundled cables in {@code dir} and runs every judged query. */
    static List<Outcome> evaluateAll(Path dir) throws IOException {
        var judgments = new ObjectMapper().readTree(SampleCorpus.read("search/judgments.json")).get("queries");
        var outcomes = new ArrayList<Outcome>();
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            for (var j : judgments) {
                outcomes.add(evaluate(index, j));
            }
        }
        return outcomes;
    }

    /** The report without JUnit: {@code java -cp … org.cablegate.search.SearchRelevanceTest}. */
    public static void main(String... args) throws IOException {
        var dir = Files.createTempDirectory("relevance");
        var report = report(evaluateAll(dir));
        Files.writeString(Path.of("target/search-relevance.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static Outcome evaluate(LuceneCableIndex index, JsonNode j) throws IOException {
        var grades = new HashMap<String, Integer>();
        j.get("judgments").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
        List<String> top;
        try {
            top = index.search(new SearchRequest(j.get("query").asText(), null, null, null, null, null,
                    SearchOrder.RELEVANCE, K, null, false)).hits().stream().map(SearchHit::refId).toList();
        } catch (InvalidQueryException e) {
            top = List.of(); // a query the engine refuses finds nothing
        }
        int best = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double rr = 0;
        for (int i = 0; i < top.size(); i++) {
            if (grades.getOrDefault(top.get(i), 0) == best) {
                rr = 1.0 / (i + 1);
                break;
            }
        }
        double dcg = 0;
        for (int i = 0; i < top.size(); i++) {
            dcg += grades.getOrDefault(top.get(i), 0) / log2(i + 2);
        }
        var ideal = grades.values().stream().sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return new Outcome(j.get("id").asText(), j.get("kind").asText(), j.get("query").asText(), rr,
                idcg == 0 ? 0 : dcg / idcg, top);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String report(List<Outcome> outcomes) {
        var out = new StringBuilder();
        out.append(String.format("all          %3d queries  MRR@10 %.3f  nDCG@10 %.3f%n", outcomes.size(),
                outcomes.stream().mapToDouble(Outcome::rr).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0)));
        var byKind = new TreeMap<String, List<Outcome>>();
        outcomes.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        byKind.forEach((kind, list) -> out.append(String.format("%-12s %3d queries  MRR@10 %.3f  nDCG@10 %.3f%n",
                kind, list.size(), list.stream().mapToDouble(Outcome::rr).average().orElse(0),
                list.stream().mapToDouble(Outcome::ndcg).average().orElse(0))));
        out.append(String.format("first-ranked right: %d of %d%n%n",
                outcomes.stream().filter(o -> o.rr() == 1.0).count(), outcomes.size()));
        for (var o : outcomes) {
            out.append(String.format("%s %-10s rr %.2f ndcg %.2f  %-45s %s%n", o.id(), o.kind(), o.rr(), o.ndcg(),
                    o.query(), o.top().subList(0, Math.min(3, o.top().size()))));
        }
        return out.toString();
    }
}
