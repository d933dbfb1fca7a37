package org.cablegate.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text as the index and the queries see it: Unicode word breaks (so {@code G8} stays one token and
 * {@code F-16} becomes {@code f 16}, searched as a phrase), possessives dropped, lower case, accents folded
 * ({@code Türkiye} = {@code turkiye}), Porter stems ({@code arrests} = {@code arrested}). Stop words are indexed, so
 * that phrases such as "the hague" match; queries leave them out of the words they prefer.
 */
public final class CableAnalyzer extends Analyzer {

    /** Keeps phrases from running from one paragraph into the next. */
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
