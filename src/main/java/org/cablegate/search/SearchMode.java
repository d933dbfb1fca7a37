package org.cablegate.search;

import java.util.Locale;

/** How a query is matched: by its words (BM25), by its meaning (nearest paragraph vectors), or both fused. */
public enum SearchMode {
    /**
     * Reciprocal rank fusion of the keyword and the semantic rankings, weighted by the query's shape; a typed
     * reference ID or phrase still wins.
     */
    HYBRID,
    /** BM25 over the words, as before vectors existed. */
    KEYWORD,
    /** The cables whose paragraphs are nearest the query's meaning, best paragraph first. */
    SEMANTIC;

    /** The parameter's value as written in the API ({@code hybrid}, {@code keyword}, {@code semantic}). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code value} (any case), or null for none known. */
    public static SearchMode of(String value) {
        for (var m : values()) {
            if (m.value().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return m;
            }
        }
        return null;
    }
}
