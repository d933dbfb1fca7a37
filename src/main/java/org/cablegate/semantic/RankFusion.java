package org.cablegate.semantic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): an item's score is the sum over the rankings that hold
 * it of {@code weight / (k + rank)}, rank from 1. Scores of different scales (BM25, cosine) never need comparing.
 */
public final class RankFusion {

    /** The constant of the original paper: rankings far down count little, the first few about alike. */
    public static final int K = 60;

    private RankFusion() {
    }

    /** One ranking, best first, and how much it counts. */
    public record Ranking<T>(List<T> items, double weight) {
    }

    /** The fused score of every item in any ranking, in the order first met. */
    @SafeVarargs
    public static <T> Map<T, Double> fuse(int k, Ranking<T>... rankings) {
        var scores = new LinkedHashMap<T, Double>();
        for (var r : rankings) {
            int rank = 1;
            for (var item : r.items()) {
                scores.merge(item, r.weight() / (k + rank), Double::sum);
                rank++;
            }
        }
        return scores;
    }
}
