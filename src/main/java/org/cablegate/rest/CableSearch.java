package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.CableFilter;
import org.cablegate.rest.dto.CablePage;
import org.cablegate.rest.dto.CableSummary;
import org.cablegate.rest.dto.Facet;
import org.cablegate.rest.dto.ParagraphMatch;
import org.cablegate.rest.dto.SearchFacets;
import org.cablegate.search.CableSearchIndex;
import org.cablegate.search.InvalidQueryException;
import org.cablegate.search.SearchCursor;
import org.cablegate.search.SearchHit;
import org.cablegate.search.SearchMode;
import org.cablegate.search.SearchOrder;
import org.cablegate.search.SearchRequest;
import org.cablegate.search.SearchResults;
import org.cablegate.share.Permalinks;

import java.util.List;
import java.util.Locale;

/** Reads the list parameters: into a database filter for the plain list, into a search for {@code q}. */
@ApplicationScoped
public class CableSearch {

    private final CableSearchIndex index;
    private final Permalinks permalinks;

    public CableSearch(CableSearchIndex index, Permalinks permalinks) {
        this.index = index;
        this.permalinks = permalinks;
    }

    /** The plain list's filter (no {@code q}: the list is read from the database in date order). */
    public CableFilter filter(String origin, String classification, List<String> tags, String from, String to) {
        var dates = DateRange.parse(from, to);
        return new CableFilter(blankToNull(origin), blankToNull(classification), tags(tags), dates.from(),
                dates.until());
    }

    /** A page of search hits for {@code q}, with the same filters, in relevance (default) or date order. */
    public CablePage search(String q, String origin, String classification, List<String> tags, String from,
                            String to, String sort, int limit, String cursor) {
        return search(q, origin, classification, tags, from, to, sort, limit, cursor, null);
    }

    /** The same, matched by words ({@code keyword}), by meaning ({@code semantic}) or both ({@code hybrid}, default). */
    public CablePage search(String q, String origin, String classification, List<String> tags, String from,
                            String to, String sort, int limit, String cursor, String mode) {
        var searchMode = mode(mode);
        var order = sort == null || sort.isBlank() ? SearchOrder.RELEVANCE : SearchOrder.named(sort);
        if (order == null) {
            throw ApiProblem.badRequest("sort: " + sort + " is not an order; use relevance or date");
        }
        var dates = DateRange.parse(from, to);
        var after = cursor(cursor);
        var request = new SearchRequest(q, blankToNull(origin), blankToNull(classification), tags(tags),
                dates.from(), dates.until(), order, limit, after, after == null, searchMode);
        SearchResults results;
        try {
            results = index.search(request);
        } catch (InvalidQueryException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        var items = results.hits().stream().map(this::summary).toList();
        var next = results.next() == null ? null : results.next().encode();
        return new CablePage(items, next, results.total(), results.totalIsExact(), facets(results));
    }

    /** The search mode named, hybrid when none; an unknown one is refused naming the parameter. */
    static SearchMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return SearchMode.HYBRID;
        }
        var m = SearchMode.of(mode);
        if (m == null) {
            throw ApiProblem.badRequest("mode: " + mode + " is not a search mode; use hybrid, keyword or semantic");
        }
        return m;
    }

    /** Refuses {@code mode} where there is no search. */
    public void checkPlainListMode(String mode) {
        if (mode != null) {
            mode(mode);
            throw ApiProblem.badRequest("mode: without q the list is not a search; give q to choose how it matches");
        }
    }

    /** Refuses {@code sort} where only the date order exists. */
    public void checkPlainListSort(String sort) {
        if (sort != null && !sort.isBlank() && SearchOrder.named(sort) != SearchOrder.DATE) {
            throw ApiProblem.badRequest("sort: without q the list is in date order only; give q to sort by relevance");
        }
    }

    private CableSummary summary(SearchHit h) {
        var matches = h.paragraphs().stream()
                .map(p -> new ParagraphMatch(p.n(), permalinks.paragraph(h.refId(), p.n()), p.excerpt()))
                .toList();
        return new CableSummary(h.refId(), h.subject(), h.created(), h.released(), h.classification(), h.origin(),
                h.tags(), h.paragraphCount(), permalinks.cable(h.refId()), h.score(), matches);
    }

    private static SearchFacets facets(SearchResults results) {
        var f = results.facets();
        if (f == null) {
            return null;
        }
        return new SearchFacets(facet(f, "origin"), facet(f, "tag"), facet(f, "classification"), facet(f, "year"));
    }

    private static List<Facet> facet(java.util.Map<String, List<SearchResults.FacetCount>> facets, String dim) {
        return facets.getOrDefault(dim, List.of()).stream().map(c -> new Facet(c.value(), c.count())).toList();
    }

    private static SearchCursor cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return SearchCursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("cursor: not a cursor this search issued; pass the `next` value of a previous page");
        }
    }

    private static List<String> tags(List<String> tags) {
        return tags == null ? List.of()
                : tags.stream().filter(t -> !t.isBlank()).map(t -> t.trim().toUpperCase(Locale.ROOT)).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
