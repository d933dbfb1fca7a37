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
import org.cablegate.persistence.CableKey;
import org.cablegate.persistence.ParagraphPicks;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.CablePage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Cables sent on a calendar day in any year. */
@Path("/api/v1/cables/on-this-day")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bots")
public class OnThisDayResource {

    private final ParagraphPicks picks;
    private final CableViews views;
    private final JsonResponses json;

    public OnThisDayResource(ParagraphPicks picks, CableViews views, JsonResponses json) {
        this.picks = picks;
        this.views = views;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listCablesOnThisDay", summary = "Cables sent on this month and day, any year, oldest first",
            description = "Cables whose `created` date falls on `date` (month and day) in any year, oldest first; a day for bots and anniversaries.")
    @APIResponse(responseCode = "200", description = "A page of cables",
            content = @Content(schema = @Schema(implementation = CablePage.class)))
    @APIResponse(responseCode = "400", description = "date is not MM-DD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response onThisDay(@Parameter(description = "MM-DD; default: today (UTC)", example = "11-17")
                              @QueryParam("date") String date,
                              @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                              @QueryParam("cursor") String cursor,
                              @Context UriInfo uri, @Context Request request) {
        var day = monthDay(date);
        var key = Cursors.parse(cursor);
        var found = picks.onThisDay(day, key == null ? null : new CableKey(key.time(), key.id()), limit + 1);
        var page = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            var last = page.get(page.size() - 1);
            next = Cursors.of(last.created, last.refId);
        }
        var response = json.ok(request, new CablePage(page.stream().map(views::summary).toList(), next),
                JsonResponses.LIST_MAX_AGE);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    private static MonthDay monthDay(String date) {
        if (date == null || date.isBlank()) {
            return MonthDay.now(ZoneOffset.UTC);
        }
        try {
            return MonthDay.parse("--" + date.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("date: '" + date + "' is not a month and day of the form MM-DD");
        }
    }
}
