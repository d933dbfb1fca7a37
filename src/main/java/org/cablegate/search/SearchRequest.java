package org.cablegate.search;

import java.time.Instant;
import java.util.List;

/**
 * One search: the query as typed, the list filters, the order, the page and the mode.
 *
 * @param from   created at or after, or null
 * @param until  created before, or null
 * @param after  where the previous page ended, or null for the first page
 * @param facets whether to count the result set by origin, tag, classification and year
 * @param mode   keyword, semantic or hybrid (the default)
 */
public record SearchRequest(String q, String origin, String classification, List<String> tags, Instant from,
                            Instant until, SearchOrder order, int limit, SearchCursor after, boolean facets,
                            SearchMode mode) {

    /** A hybrid search (the default with a query). */
    public SearchRequest(String q, String origin, String classification, List<String> tags, Instant from,
                         Instant until, SearchOrder order, int limit, SearchCursor after, boolean facets) {
        this(q, origin, classification, tags, from, until, order, limit, after, facets, SearchMode.HYBRID);
    }

    public SearchRequest {
        mode = mode == null ? SearchMode.HYBRID : mode;
    }
}
