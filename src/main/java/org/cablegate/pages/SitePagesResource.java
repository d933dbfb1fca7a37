package org.cablegate.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.cablegate.domain.Cable;
import org.cablegate.persistence.CableFilter;
import org.cablegate.persistence.CableKey;
import org.cablegate.persistence.CableQueries;
import org.cablegate.persistence.FacetCount;
import org.cablegate.persistence.ParagraphPicks;
import org.cablegate.rest.ApiProblem;
import org.cablegate.rest.CableSearch;
import org.cablegate.rest.Cursors;
import org.cablegate.rest.dto.Facet;
import org.cablegate.share.Permalinks;
import org.cablegate.versions.CableVersions;
import org.cablegate.versions.ChangeRow;
import org.cablegate.pages.PageViews.CableItem;
import org.cablegate.pages.PageViews.ChangeItem;
import org.cablegate.pages.PageViews.Head;
import org.cablegate.pages.PageViews.HomeView;
import org.cablegate.pages.PageViews.LinkItem;
import org.cablegate.pages.PageViews.ListPageView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The pages around the permalinks: the home page, search, and the lists of one origin, tag, classification or year.
 * Every list is in keyset pages of {@link #PAGE} cables with a link to the next page; search keeps the API's ranking.
 */
@Path("/")
public class SitePagesResource {

    static final int PAGE = 20;
    private static final int MAX_AGE = 60;
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final CableQueries queries;
    private final SiteQueries site;
    private final ParagraphPicks picks;
    private final CableVersions versions;
    private final CableSearch search;
    private final Permalinks permalinks;
    private final Template home;
    private final Template list;

    public SitePagesResource(CableQueries queries, SiteQueries site, ParagraphPicks picks, CableVersions versions,
                             CableSearch search, Permalinks permalinks,
                             @Location("pages/home.html") Template home, @Location("pages/list.html") Template list) {
        this.queries = queries;
        this.site = site;
        this.picks = picks;
        this.versions = versions;
        this.search = search;
        this.permalinks = permalinks;
        this.home = home;
        this.list = list;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response home(@Context Request request) {
        var today = MonthDay.now(ZoneOffset.UTC);
        var onThisDay = picks.onThisDay(today, null, 10).stream().map(SitePageModels::item).toList();
        var changes = new ArrayList<ChangeItem>();
        var seen = new HashSet<Long>();
        for (var row : versions.changes(true, null, 5)) {
            if (seen.add(row.id())) {
                changes.add(change(row));
            }
        }
        for (var row : versions.changes(false, null, 10)) {
            if (changes.size() < 10 && seen.add(row.id())) {
                changes.add(change(row));
            }
        }
        var origins = links(queries.origins(20), SiteLinks::origin);
        var tags = links(queries.tags(40), SiteLinks::tag);
        var classifications = links(site.classifications(), SiteLinks::classification);
        var years = links(site.years(), SiteLinks::year);
        long total = site.years().stream().mapToLong(FacetCount::count).sum();
        var head = new Head("Cablegate: read and search the diplomatic cables",
                "Read, search and cite the US diplomatic cables of the 2010–2011 Cablegate release: every paragraph "
                        + "with a permalink, its facts, its versions and posts ready to share.",
                permalinks.baseUrl() + "/", permalinks.baseUrl() + "/api/v1/cables", null, null);
        var view = new HomeView(head, onThisDay, today.format(TODAY), changes, origins, tags, classifications, years,
                total);
        return html(request, home.data("view", view).render(), 200);
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@QueryParam("q") String q, @QueryParam("origin") String origin,
                           @QueryParam("tag") List<String> tags, @QueryParam("classification") String classification,
                           @QueryParam("year") String year, @QueryParam("cursor") String cursor,
                           @Context Request request) {
        var words = q == null ? "" : q.strip();
        var filters = new LinkedHashMap<String, List<String>>();
        put(filters, "origin", origin);
        tags.stream().filter(t -> !t.isBlank()).forEach(t -> put(filters, "tag", t));
        put(filters, "classification", classification);
        put(filters, "year", year);
        var title = words.isEmpty() ? "Search the cables" : "Search: " + words;
        var head = new Head(title, "Search the Cablegate cables by words, phrases, names and reference IDs.",
                permalinks.baseUrl() + "/search" + (words.isEmpty() ? "" : "?q=" + SiteLinks.query(words)),
                permalinks.baseUrl() + "/api/v1/cables" + (words.isEmpty() ? "" : "?q=" + SiteLinks.query(words)),
                null, null);
        if (words.isEmpty()) {
            var view = new ListPageView(head, "Search the cables", "", null, 0, true, List.of(), List.of(),
                    List.of(), null, null, null);
            return html(request, list.data("view", view).data("search", true).render(), 200);
        }
        try {
            var range = yearRange(year);
            var page = search.search(words, origin, classification, tags, range[0], range[1], null, PAGE, cursor);
            var items = page.items().stream().map(s -> new CableItem(s.refId(), s.subject(),
                    SitePageModels.day(s.created()), s.classification(),
                    s.origin() == null ? null : LinkItem.of(s.origin(), SiteLinks.origin(s.origin())),
                    SiteLinks.cable(s.refId()), s.matches() == null ? List.of() : s.matches().stream()
                    .map(m -> new PageViews.MatchItem(m.n(), SiteLinks.paragraph(s.refId(), m.n()), m.excerpt()))
                    .toList())).toList();
            var facets = new ArrayList<PageViews.Facet>();
            if (page.facets() != null) {
                facets.add(facet("Origin", "origin", page.facets().origin(), words, filters));
                facets.add(facet("Tag", "tag", page.facets().tag(), words, filters));
                facets.add(facet("Classification", "classification", page.facets().classification(), words, filters));
                facets.add(facet("Year", "year", page.facets().year(), words, filters));
            }
            var active = new ArrayList<LinkItem>();
            filters.forEach((name, values) -> values.forEach(v -> active.add(new LinkItem(name + ": " + v,
                    searchUrl(words, without(filters, name, v), null), null))));
            var next = page.next() == null ? null : searchUrl(words, filters, page.next());
            var first = cursor == null || cursor.isBlank() ? null : searchUrl(words, filters, null);
            long total = page.total() == null ? 0 : page.total();
            var view = new ListPageView(head, "Search: " + words, words, null, total,
                    page.totalIsExact() == null || page.totalIsExact(), items, facets, active, next, first, null);
            return html(request, list.data("view", view).data("search", true).render(), 200);
        } catch (ApiProblem e) {
            var view = new ListPageView(head, "Search: " + words, words, null, 0, true, List.of(), List.of(),
                    List.of(), null, null, e.getMessage());
            return html(request, list.data("view", view).data("search", true).render(), 400);
        }
    }

    @GET
    @Path("origins/{origin}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response origin(@PathParam("origin") String origin, @QueryParam("cursor") String cursor,
                           @Context Request request) {
        return listPage(request, "Cables from " + origin, SiteLinks.origin(origin), "origin=" + SiteLinks.query(origin),
                new CableFilter(origin, null, List.of(), null, null), cursor);
    }

    @GET
    @Path("tags/{tag}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response tag(@PathParam("tag") String tag, @QueryParam("cursor") String cursor, @Context Request request) {
        var upper = tag.strip().toUpperCase(Locale.ROOT);
        if (!upper.equals(tag)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(SiteLinks.tag(upper))).build();
        }
        return listPage(request, "Cables tagged " + tag, SiteLinks.tag(tag), "tag=" + SiteLinks.query(tag),
                new CableFilter(null, null, List.of(tag), null, null), cursor);
    }

    @GET
    @Path("classifications/{classification}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response classification(@PathParam("classification") String classification,
                                   @QueryParam("cursor") String cursor, @Context Request request) {
        return listPage(request, classification + " cables", SiteLinks.classification(classification),
                "classification=" + SiteLinks.query(classification),
                new CableFilter(null, classification, List.of(), null, null), cursor);
    }

    @GET
    @Path("years/{year}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response year(@PathParam("year") String year, @QueryParam("cursor") String cursor,
                         @Context Request request) {
        if (!year.matches("(19|20)\\d\\d")) {
            throw ApiProblem.notFound("No year " + year + ": a year is four digits, such as 2006");
        }
        var from = LocalDate.of(Integer.parseInt(year), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var until = LocalDate.of(Integer.parseInt(year) + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return listPage(request, "Cables of " + year, SiteLinks.year(year),
                "from=" + year + "-01-01&to=" + year + "-12-31", new CableFilter(null, null, List.of(), from, until),
                cursor);
    }

    private Response listPage(Request request, String heading, String path, String apiQuery, CableFilter filter,
                              String cursor) {
        var key = Cursors.parse(cursor);
        var found = queries.page(filter, key == null ? null : new CableKey(key.time(), key.id()), PAGE + 1);
        if (found.isEmpty() && key == null) {
            throw ApiProblem.notFound("No cable: " + heading);
        }
        var page = found.subList(0, Math.min(PAGE, found.size()));
        String next = null;
        if (found.size() > PAGE) {
            Cable last = page.get(page.size() - 1);
            next = path + "?cursor=" + Cursors.of(last.created, last.refId);
        }
        var head = new Head(heading + (key == null ? "" : " (continued)"),
                heading + ", newest first: reference ID, date, subject and origin of each, with links to read them.",
                permalinks.baseUrl() + path + (key == null ? "" : "?cursor=" + cursor),
                permalinks.baseUrl() + "/api/v1/cables?" + apiQuery, null, null);
        var view = new ListPageView(head, heading, null, null, 0, true,
                page.stream().map(SitePageModels::item).toList(), List.of(), List.of(), next,
                key == null ? null : path, null);
        return html(request, list.data("view", view).data("search", false).render(), 200);
    }

    private static ChangeItem change(ChangeRow row) {
        var changed = new ArrayList<String>();
        if (!row.changedFields().isEmpty()) {
            changed.add(String.join(", ", row.changedFields()));
        }
        if (!row.changedParagraphs().isEmpty()) {
            changed.add(row.changedParagraphs().size() + (row.changedParagraphs().size() == 1 ? " paragraph" : " paragraphs"));
        }
        return new ChangeItem(row.refId(), row.subject(), row.version(),
                SitePageModels.day(row.importedAt()),
                "/c/" + row.refId() + "/diff?from=" + (row.version() - 1) + "&to=" + row.version(), row.lifted(),
                row.liftedText(), String.join("; ", changed));
    }

    private static List<LinkItem> links(List<FacetCount> counts, Function<String, String> href) {
        return counts.stream().map(c -> new LinkItem(c.value(), href.apply(c.value()), c.count())).toList();
    }

    private static PageViews.Facet facet(String label, String name, List<Facet> values, String q,
                                         Map<String, List<String>> filters) {
        var links = values == null ? List.<LinkItem>of() : values.stream()
                .filter(v -> !filters.getOrDefault(name, List.of()).contains(v.value()))
                .map(v -> new LinkItem(v.value(), searchUrl(q, with(filters, name, v.value()), null), v.count()))
                .toList();
        return new PageViews.Facet(label, links);
    }

    static String searchUrl(String q, Map<String, List<String>> filters, String cursor) {
        var s = new StringBuilder("/search?q=").append(SiteLinks.query(q));
        filters.forEach((name, values) -> values.forEach(v -> s.append('&').append(name).append('=')
                .append(SiteLinks.query(v))));
        if (cursor != null) {
            s.append("&cursor=").append(SiteLinks.query(cursor));
        }
        return s.toString();
    }

    private static Map<String, List<String>> with(Map<String, List<String>> filters, String name, String value) {
        var out = new LinkedHashMap<String, List<String>>();
        filters.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        if (name.equals("tag")) {
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
            out.put(name, new ArrayList<>(List.of(value)));
        }
        return out;
    }

    private static Map<String, List<String>> without(Map<String, List<String>> filters, String name, String value) {
        var out = new LinkedHashMap<String, List<String>>();
        filters.forEach((k, v) -> {
            var kept = new ArrayList<>(v);
            if (k.equals(name)) {
                kept.remove(value);
            }
            if (!kept.isEmpty()) {
                out.put(k, kept);
            }
        });
        return out;
    }

    private static void put(Map<String, List<String>> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.computeIfAbsent(name, k -> new ArrayList<>()).add(value.strip());
        }
    }

    private static String[] yearRange(String year) {
        if (year == null || year.isBlank()) {
            return new String[]{null, null};
        }
        if (!year.strip().matches("\\d{4}")) {
            throw ApiProblem.badRequest("year: '" + year + "' is not a year of four digits");
        }
        var y = Year.parse(year.strip());
        return new String[]{y + "-01-01", y + "-12-31"};
    }

    static Response html(Request request, String html, int status) {
        var tag = new EntityTag(Integer.toHexString(html.hashCode()));
        var cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        if (status == 200) {
            var notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.tag(tag).cacheControl(cache).build();
            }
        }
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).tag(tag)
                .cacheControl(cache).build();
    }
}
