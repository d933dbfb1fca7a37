package org.cablegate.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total  how many cables match (a lower bound when {@code totalIsExact} is false)
 * @param next   where the next page starts, or null on the last page
 * @param facets per dimension (origin, tag, classification, year) the top values among all matching cables and
 *               their counts; null when not asked for
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalIsExact, SearchCursor next,
                            Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {
    }
}
