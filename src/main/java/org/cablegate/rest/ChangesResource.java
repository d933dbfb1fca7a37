package org.cablegate.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.ChangePage;
import org.cablegate.rest.dto.ChangeView;
import org.cablegate.share.Permalinks;
import org.cablegate.versions.CableVersions;
import org.cablegate.versions.ChangeRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;

/** The corpus-wide feed of changes: every version imported as a change, newest import first. */
@Path("/api/v1")
@Tag(name = "Versions")
public class ChangesResource {

    static final String ATOM = "application/atom+xml";
    private static final int FEED_SIZE = 50;

    private final CableVersions versions;
    private final JsonResponses json;
    private final Permalinks permalinks;
    private final Template feed;

    public ChangesResource(CableVersions versions, JsonResponses json, Permalinks permalinks,
                           @Location("ChangesFeed/feed.xml") Template feed) {
        this.versions = versions;
        this.json = json;
        this.permalinks = permalinks;
        this.feed = feed;
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Changes to cables, newest first",
            description = "Each new version of a cable with the paragraphs and fields it changed and the redactions "
                    + "it lifted. Keyset pages: pass `next` as `cursor`.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "A cursor this API did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(
            @Parameter(description = "Only changes that lifted a redaction") @QueryParam("lifted") boolean lifted,
            @Parameter(description = "Page size, 1 to 100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri, @Context Request request) {
        var found = versions.changes(lifted, before(cursor), limit + 1);
        var page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? Cursors.ofText(Long.toString(page.get(page.size() - 1).id())) : null;
        var body = new ChangePage(page.stream().map(this::view).toList(), next);
        var response = json.ok(request, body, JsonResponses.LIST_MAX_AGE);
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/changes.atom")
    @Produces(ATOM)
    @Operation(operationId = "getChangesFeed", summary = "Changes to cables as an Atom feed, newest first",
            description = "The latest 50 changes; `lifted=true` for those that lifted a redaction.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
    public Response atom(@Parameter(description = "Only changes that lifted a redaction") @QueryParam("lifted") boolean lifted) {
        var rows = versions.changes(lifted, null, FEED_SIZE);
        var self = permalinks.apiCable("").replace("/cables/", "/changes.atom") + (lifted ? "?lifted=true" : "");
        var home = permalinks.baseUrl() + "/";
        var updated = rows.isEmpty() ? Instant.EPOCH : rows.get(0).importedAt();
        var entries = rows.stream().map(row -> new ChangesFeedModel.Entry(diffPage(row), title(row), diffPage(row),
                ChangesFeedModel.time(row.importedAt()), summary(row))).toList();
        var model = new ChangesFeedModel(lifted ? "Cablegate: redactions lifted" : "Cablegate: cables changed", self,
                self, ChangesFeedModel.time(updated), "Cablegate API", home, entries);
        var cache = new CacheControl();
        cache.setMaxAge(JsonResponses.LIST_MAX_AGE);
        return Response.ok(feed.data("feed", model).render(), MediaType.valueOf(ATOM).withCharset("UTF-8"))
                .cacheControl(cache).build();
    }

    private ChangeView view(ChangeRow row) {
        return new ChangeView(row.refId(), row.subject(), row.version(), row.released(), row.importedAt(),
                row.changedParagraphs(), row.changedFields(), row.lifted(), row.liftedText(),
                permalinks.apiCable(row.refId()) + "/diff?to=" + row.version(), diffPage(row),
                row.lifted() > 0 ? permalinks.apiCable(row.refId()) + "/versions/" + row.version() + "/snippet" : null);
    }

    private String diffPage(ChangeRow row) {
        return permalinks.cable(row.refId()) + "/diff?to=" + row.version();
    }

    private static String title(ChangeRow row) {
        return row.refId() + " version " + row.version() + (row.lifted() > 0 ? ": redaction lifted" : ": text changed");
    }

    private static String summary(ChangeRow row) {
        var s = new StringBuilder();
        if (row.liftedText() != null) {
            s.append("Unredacted: \u201C").append(row.liftedText()).append("\u201D. ");
        }
        if (!row.changedFields().isEmpty()) {
            s.append("Fields changed: ").append(String.join(", ", row.changedFields())).append(". ");
        }
        if (!row.changedParagraphs().isEmpty()) {
            s.append("Paragraphs changed: ").append(String.join(", ", row.changedParagraphs())).append('.');
        }
        return s.toString().trim();
    }

    private static Long before(String cursor) {
        var key = Cursors.parseText(cursor);
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("cursor: not a cursor this API issued; pass the `next` value of a previous page");
        }
    }
}
