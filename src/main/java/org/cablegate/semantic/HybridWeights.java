package org.cablegate.semantic;

/**
 * How much the keyword and the semantic rankings count in a hybrid search, chosen by the query's shape. A query that
 * describes something in several words of its own (a question, a paraphrase) is better served by its meaning: it
 * leans on the vectors. A short query, a name, a designator, a {@code "phrase"} or a reference ID is typed in the
 * cable's own words: it leans on BM25.
 *
 * @param describingFrom  content words (neither filler nor quoted) from which a query describes rather than names
 * @param describing      the semantic ranking's weight for such a query (the keyword ranking's is 1)
 * @param naming          the semantic ranking's weight for a shorter query
 * @param exact           the semantic ranking's weight for a query with a quoted phrase, a reference ID or operators
 * @param k               the reciprocal rank fusion's constant
 */
public record HybridWeights(int describingFrom, double describing, double naming, double exact, int k) {

    /** Chosen on the tuning set and the keyword kinds only ({@code SemanticTuning}; README "Semantic"). */
    public static final HybridWeights TUNED = new HybridWeights(4, 5.0, 0.5, 0.5, 10);

    /** The semantic ranking's weight for a query of {@code contentWords} words, {@code exact} if it quotes, names
     * a reference ID or demands/excludes words. */
    public double semanticWeight(int contentWords, boolean exact) {
        if (exact) {
            return this.exact;
        }
        return contentWords >= describingFrom ? describing : naming;
    }
}
