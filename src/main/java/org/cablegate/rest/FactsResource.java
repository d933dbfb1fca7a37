package org.cablegate.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cablegate.persistence.FactFilter;
import org.cablegate.persistence.FactKey;
import org.cablegate.persistence.FactQueries;
import org.cablegate.persistence.FactRow;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.AcronymPage;
import org.cablegate.rest.dto.AcronymView;
import org.cablegate.rest.dto.FactPage;
import org.cablegate.rest.dto.FactTotalView;
import org.cablegate.rest.dto.FactView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** Facts across the corpus, their totals, and the acronym glossary. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts", description = "Quantities, money, percentages, dates, references and acronyms found in the text")
public class FactsResource {

    private final FactQueries facts;
    private final FactViews factViews;
    private final JsonResponses json;

    public FactsResource(FactQueries facts, FactViews factViews, JsonResponses json) {
        this.facts = facts;
        this.factViews = factViews;
        this.json = json;
    }

    @GET
    @Path("/facts")
    @Operation(operationId = "listFacts", summary = "Facts across the corpus",
            description = "Newest cable first; keyset pages with a `next` cursor and a `Link: rel=\"next\"` header.")
    @APIResponse(responseCode = "200", description = "A page of facts",
            content = @Content(schema = @Schema(implementation = FactPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(example = "quantity") @QueryParam("type") String type,
                         @Parameter(example = "kg") @QueryParam("unit") String unit,
                         @Parameter(description = "ISO 4217", example = "USD") @QueryParam("currency") String currency,
                         @Parameter(example = "heroin") @QueryParam("substance") String substance,
                         @Parameter(example = "Embassy Astana") @QueryParam("origin") String origin,
                         @Parameter(description = "Cables created on or after", example = "2006-01-01") @QueryParam("from") String from,
                         @Parameter(description = "Cables created on or before", example = "2008-12-31") @QueryParam("to") String to,
                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uri, @Context Request request) {
        var filter = filter(type, unit, currency, substance, origin, from, to);
        var key = Cursors.parse(cursor);
        var found = facts.page(filter, key == null ? null : new FactKey(key.time(), key.id()), limit + 1);
        var page = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            var last = page.get(page.size() - 1);
            next = Cursors.of(last.created(), last.id());
        }
        var response = json.ok(request, new FactPage(views(page), next), JsonResponses.LIST_MAX_AGE);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/facts/totals")
    @Operation(operationId = "getFactTotals", summary = "Totals of facts by substance, origin and year",
            description = "For example `type=quantity&unit=kg&substance=heroin`: kilograms of heroin by origin and "
                    + "year. Values are normalised (kg, L, m2, currency units); ranges count at their midpoint. Units "
                    + "and currencies are part of each group, so unlike values never add up.")
    @APIResponse(responseCode = "200", description = "The totals, largest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FactTotalView.class)))
    public Response totals(@Parameter(example = "quantity") @QueryParam("type") @DefaultValue("quantity") String type,
                           @Parameter(example = "kg") @QueryParam("unit") String unit,
                           @QueryParam("currency") String currency,
                           @Parameter(example = "heroin") @QueryParam("substance") String substance,
                           @QueryParam("origin") String origin,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                           @Context Request request) {
        var filter = filter(type, unit, currency, substance, origin, from, to);
        if (!"quantity".equals(filter.type()) && !"money".equals(filter.type())) {
            throw ApiProblem.badRequest("type: totals add up quantity or money facts, not " + type);
        }
        var totals = facts.totals(filter, limit).stream()
                .map(t -> new FactTotalView(t.substance(), t.origin(), t.year(), t.unit(), t.total(), t.facts(), t.cables()))
                .toList();
        return json.ok(request, totals, JsonResponses.LIST_MAX_AGE).build();
    }

    @GET
    @Path("/acronyms")
    @Operation(operationId = "listAcronyms", summary = "The glossary: acronyms the cables define, alphabetical",
            description = "Collected from definitions such as \"Committee for National Security (KNB)\".")
    @APIResponse(responseCode = "200", description = "A page of acronyms",
            content = @Content(schema = @Schema(implementation = AcronymPage.class)))
    public Response acronyms(@Parameter(description = "Acronyms starting with", example = "K") @QueryParam("prefix") String prefix,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                             @QueryParam("cursor") String cursor,
                             @Context UriInfo uri, @Context Request request) {
        var after = Cursors.parseText(cursor);
        var split = after == null ? -1 : after.indexOf('\n');
        var found = facts.acronyms(CableSearch.blankToNull(prefix), split < 0 ? null : after.substring(0, split),
                split < 0 ? null : after.substring(split + 1), limit + 1);
        var page = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            var last = page.get(page.size() - 1);
            next = Cursors.ofText(last.acronym() + "\n" + last.expansion());
        }
        var items = page.stream()
                .map(a -> new AcronymView(a.acronym(), a.expansion(), a.definitions(), a.cables(), a.firstRefId()))
                .toList();
        var response = json.ok(request, new AcronymPage(items, next), JsonResponses.LIST_MAX_AGE);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    private FactFilter filter(String type, String unit, String currency, String substance, String origin, String from,
                              String to) {
        var dates = DateRange.parse(from, to);
        if (currency != null && !currency.isBlank() && !currency.trim().matches("[A-Za-z]{3}")) {
            throw ApiProblem.badRequest("currency: an ISO 4217 code is three letters, such as USD");
        }
        return new FactFilter(type(type), CableSearch.blankToNull(unit),
                currency == null || currency.isBlank() ? null : currency.trim().toUpperCase(Locale.ROOT),
                CableSearch.blankToNull(substance), CableSearch.blankToNull(origin), dates.from(), dates.until());
    }

    private static String type(String type) {
        return FactViews.type(type);
    }

    private List<FactView> views(List<FactRow> rows) {
        return factViews.views(rows);
    }
}
