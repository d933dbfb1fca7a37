package org.cablegate.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.CableDiffView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** What changed between two versions of a cable, word by word. */
@Path("/api/v1/cables/{refId}/diff")
@Tag(name = "Versions")
@Produces(MediaType.APPLICATION_JSON)
public class CableDiffResource {

    private final VersionViews versions;
    private final JsonResponses json;

    public CableDiffResource(VersionViews versions, JsonResponses json) {
        this.versions = versions;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getCableDiff", summary = "The diff between two versions",
            description = "Caption fields and paragraphs that changed, with word-level spans; a run of redaction marks "
                    + "replaced by text is a redaction `lifted`, the reverse `added`.")
    @APIResponse(responseCode = "200", description = "The diff",
            content = @Content(schema = @Schema(implementation = CableDiffView.class)))
    @APIResponse(responseCode = "404", description = "No such cable or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response diff(@Parameter(example = "06MADRID76") @PathParam("refId") String refId,
                         @Parameter(description = "Version number; default: the one before `to`", example = "1")
                         @QueryParam("from") Integer from,
                         @Parameter(description = "Version number; default: the current one", example = "2")
                         @QueryParam("to") Integer to,
                         @Context Request request) {
        var found = versions.find(refId);
        var range = versions.range(found.history(), from, to);
        return json.ok(request, versions.diffView(found, range[0], range[1]), JsonResponses.ITEM_MAX_AGE).build();
    }
}
