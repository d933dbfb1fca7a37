package org.cablegate.search;

import java.time.Instant;
import java.util.List;

/**
 * One search: the query as typed, the list filters, the order and the page.
 *
 * @param from   created at or after, or null
 * @param until  created before, or null
 * @param after  where the previous page ended, or null for the first page
 * @param facets whether to count the result set by origin, tag, classification and year
 */
public record SearchRequest(String q, String origin, String classification, List<String> tags, Instant from,
                            Instant until, SearchOrder order, int limit, SearchCursor after, boolean facets) {
}
