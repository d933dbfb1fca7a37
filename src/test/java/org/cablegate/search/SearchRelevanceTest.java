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
import java.util.Map;
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

    /** The judged sets: the first (keyword kinds), the one semantic ranking was tuned on, the one it never was. */
    static final List<String> SETS = List.of("judgments", "semantic-tune", "semantic-heldout");
    /** Kinds a person types in the cable's own words: hybrid must rank them at least as well as keyword search. */
    static final List<String> KEYWORD_KINDS = List.of("known-item", "name", "phrase", "refid", "token", "topical");
    /**
     * Held-out hybrid MRR@10: 0.762 with equal weights and all-MiniLM-L6-v2, 0.816 weighed by the query's shape,
     * 0.882 with bge-small-en-v1.5 (57 queries), 0.904 on the 87 of the grown set (README); the floor a little
     * under it.
     */
    static final double HELDOUT_HYBRID_MRR_FLOOR = 0.88;
    /** Held-out hybrid paraphrases: issue 25's aim (0.907 on the grown set; 0.764 with all-MiniLM-L6-v2). */
    static final double HELDOUT_PARAPHRASE_MRR_FLOOR = 0.80;
    /** Held-out hybrid questions: 0.901 on the grown set (issue 25 aims at 0.95); the floor a little under it. */
    static final double HELDOUT_QUESTION_MRR_FLOOR = 0.88;

    record Outcome(String set, SearchMode mode, String id, String kind, String query, double rr, double ndcg,
                   List<String> top) {
    }

    @Test
    void ranksTheJudgedCablesWellEnoughOnTheBundledCorpusInEveryMode() throws Exception {
        var outcomes = evaluateAll(dir);
        var report = report(outcomes);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-relevance.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report.lines().takeWhile(l -> !l.isBlank()).reduce((a, b) -> a + "\n" + b).orElse(""));

        var first = select(outcomes, "judgments", SearchMode.HYBRID, null);
        double mrr = mean(first, Outcome::rr);
        double ndcg = mean(first, Outcome::ndcg);
        assertTrue(first.size() >= 40, "a judged set of at least 40 queries");
        assertTrue(mrr >= MRR_FLOOR, String.format("hybrid MRR@10 %.3f under the floor %.2f", mrr, MRR_FLOOR));
        assertTrue(ndcg >= NDCG_FLOOR, String.format("hybrid nDCG@10 %.3f under the floor %.2f", ndcg, NDCG_FLOOR));
        double keywordMrr = mean(select(outcomes, "judgments", SearchMode.KEYWORD, null), Outcome::rr);
        assertTrue(keywordMrr >= MRR_FLOOR, String.format("keyword MRR@10 %.3f under the floor %.2f", keywordMrr,
                MRR_FLOOR));
        for (var kind : List.of("known-item", "name", "phrase", "refid")) {
            double keyword = mean(select(outcomes, "judgments", SearchMode.KEYWORD, kind), Outcome::rr);
            double hybrid = mean(select(outcomes, "judgments", SearchMode.HYBRID, kind), Outcome::rr);
            assertTrue(hybrid >= keyword - 1e-9, String.format(
                    "%s queries: hybrid MRR@10 %.3f below keyword %.3f", kind, hybrid, keyword));
        }
        var heldout = select(outcomes, "semantic-heldout", SearchMode.HYBRID, null);
        assertTrue(heldout.size() >= 40, "a held-out set of at least 40 questions and paraphrases");
        double heldoutMrr = mean(heldout, Outcome::rr);
        assertTrue(heldoutMrr >= HELDOUT_HYBRID_MRR_FLOOR, String.format(
                "held-out hybrid MRR@10 %.3f under the floor %.2f", heldoutMrr, HELDOUT_HYBRID_MRR_FLOOR));
        double paraphrases = mean(select(outcomes, "semantic-heldout", SearchMode.HYBRID, "paraphrase"), Outcome::rr);
        assertTrue(paraphrases >= HELDOUT_PARAPHRASE_MRR_FLOOR, String.format(
                "held-out hybrid paraphrases MRR@10 %.3f under the floor %.2f", paraphrases,
                HELDOUT_PARAPHRASE_MRR_FLOOR));
        double questions = mean(select(outcomes, "semantic-heldout", SearchMode.HYBRID, "question"), Outcome::rr);
        assertTrue(questions >= HELDOUT_QUESTION_MRR_FLOOR, String.format(
                "held-out hybrid questions MRR@10 %.3f under the floor %.2f", questions, HELDOUT_QUESTION_MRR_FLOOR));
    }

    static List<Outcome> select(List<Outcome> all, String set, SearchMode mode, String kind) {
        return all.stream().filter(o -> o.set().equals(set) && o.mode() == mode
                && (kind == null || o.kind().equals(kind))).toList();
    }

    static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> f) {
        return outcomes.stream().mapToDouble(f).average().orElse(0);
    }

    /** Indexes the bundled cables in {@code dir} with their vectors and runs every judged query in every mode. */
    static List<Outcome> evaluateAll(Path dir) throws IOException {
        var outcomes = new ArrayList<Outcome>();
        try (var index = LuceneCableIndex.open(dir, 3_600_000, 3600)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            embedAll(index);
            for (var set : SETS) {
                var judgments = new ObjectMapper().readTree(SampleCorpus.read("search/" + set + ".json"))
                        .get("queries");
                for (var mode : SearchMode.values()) {
                    for (var j : judgments) {
                        outcomes.add(evaluate(index, set, mode, j));
                    }
                }
            }
        }
        return outcomes;
    }

    /** Texts embedded in this JVM and their vectors: the tests that index the bundled cables embed them once. */
    private static final Map<String, float[]> EMBEDDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Writes every cable's vectors, as the background indexer does. */
    static void embedAll(LuceneCableIndex index) throws IOException {
        var embedder = org.cablegate.semantic.SentenceEmbedder.shared();
        java.util.function.Function<List<String>, List<float[]>> once = texts -> {
            var missing = texts.stream().filter(t -> !EMBEDDED.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                var vectors = embedder.embedAll(missing);
                for (int i = 0; i < missing.size(); i++) {
                    EMBEDDED.put(missing.get(i), vectors.get(i));
                }
            }
            return texts.stream().map(EMBEDDED::get).toList();
        };
        for (var scan = index.scanVectors(64); !scan.without().isEmpty(); scan = index.scanVectors(64)) {
            index.addVectors(scan.without(), once);
        }
    }

    /** The report without JUnit: {@code java -cp … org.cablegate.search.SearchRelevanceTest}. */
    public static void main(String... args) throws IOException {
        // -Dvectors.float=true: the same ranking over unquantized vectors (what quantizing costs).
        VectorCodec.quantized = !Boolean.getBoolean("vectors.float");
        var dir = Files.createTempDirectory("relevance");
        var report = report(evaluateAll(dir));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-relevance.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    static Outcome evaluate(LuceneCableIndex index, String set, SearchMode mode, JsonNode j)
            throws IOException {
        var grades = new HashMap<String, Integer>();
        j.get("judgments").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
        List<String> top;
        try {
            top = index.search(new SearchRequest(j.get("query").asText(), null, null, null, null, null,
                    SearchOrder.RELEVANCE, K, null, false, mode)).hits().stream().map(SearchHit::refId).toList();
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
        return new Outcome(set, mode, j.get("id").asText(), j.get("kind").asText(), j.get("query").asText(), rr,
                idcg == 0 ? 0 : dcg / idcg, top);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String report(List<Outcome> outcomes) {
        var out = new StringBuilder();
        out.append(String.format("%-17s %-11s %4s  %-23s %-23s %-23s%n", "set", "kind", "n",
                "keyword MRR / nDCG", "semantic MRR / nDCG", "hybrid MRR / nDCG"));
        for (var set : SETS) {
            var kinds = new java.util.TreeSet<String>();
            outcomes.stream().filter(o -> o.set().equals(set)).forEach(o -> kinds.add(o.kind()));
            var rows = new ArrayList<String>(kinds);
            rows.add(0, null);
            for (var kind : rows) {
                out.append(String.format("%-17s %-11s %4d ", set, kind == null ? "all" : kind,
                        select(outcomes, set, SearchMode.KEYWORD, kind).size()));
                for (var mode : List.of(SearchMode.KEYWORD, SearchMode.SEMANTIC, SearchMode.HYBRID)) {
                    var list = select(outcomes, set, mode, kind);
                    out.append(String.format(" %.3f / %.3f          ", mean(list, Outcome::rr),
                            mean(list, Outcome::ndcg)));
                }
                out.append('\n');
            }
        }
        out.append('\n');
        for (var o : outcomes) {
            out.append(String.format("%-16s %-8s %s %-10s rr %.2f ndcg %.2f  %-45s %s%n", o.set(), o.mode().value(),
                    o.id(), o.kind(), o.rr(), o.ndcg(), o.query(), o.top().subList(0, Math.min(3, o.top().size()))));
        }
        return out.toString();
    }
}
