package org.cablegate.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score {@code s} mapped to {@code s / (s + 1)}: the same order, always under 1. Hybrid search ranks the keyword
 * matches that fusion did not reach this way, below every fused candidate (whose scores start at 2).
 */
final class SaturatedScore extends DoubleValuesSource {

    static final SaturatedScore INSTANCE = new SaturatedScore();

    private SaturatedScore() {
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
        return new DoubleValues() {
            @Override
            public double doubleValue() throws java.io.IOException {
                double s = Math.max(0, scores.doubleValue());
                return s / (s + 1);
            }

            @Override
            public boolean advanceExact(int doc) throws java.io.IOException {
                return scores.advanceExact(doc);
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return SaturatedScore.class.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public String toString() {
        return "saturated(score)";
    }
}
