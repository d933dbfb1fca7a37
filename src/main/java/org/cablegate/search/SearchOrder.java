package org.cablegate.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SearchOrder {
    /** Best match first (BM25 score), then reference ID. */
    RELEVANCE,
    /** Newest first (created, then reference ID descending), as the list without a query. */
    DATE;

    /** The order a {@code sort} parameter names, or null for one it does not. */
    public static SearchOrder named(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "relevance", "score" -> RELEVANCE;
            case "date", "created", "newest" -> DATE;
            default -> null;
        };
    }
}
