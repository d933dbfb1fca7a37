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
import org.cablegate.rest.dto.FactView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** One paragraph's facts, with offsets into its text. */
@Path("/api/v1/cables/{refId}/paragraphs/{n}/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
public class ParagraphFactsResource {

    private final Lookups lookups;
    private final FactViews views;
    private final JsonResponses json;

    public ParagraphFactsResource(Lookups lookups, FactViews views, JsonResponses json) {
        this.lookups = lookups;
        this.views = views;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listParagraphFacts", summary = "One paragraph's facts",
            description = "The facts found in one paragraph, in text order, with offsets into its `text`; `type` keeps one kind.")
    @APIResponse(responseCode = "200", description = "The facts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FactView.class)))
    @APIResponse(responseCode = "404", description = "No such cable or paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ofParagraph(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                                @Parameter(example = "20") @PathParam("n") String n,
                                @Parameter(description = "Only facts of this type") @QueryParam("type") String type,
                                @Context Request request) {
        var kind = FactViews.type(type);
        return json.ok(request, views.views(lookups.facts(refId, n, kind)), JsonResponses.ITEM_MAX_AGE).build();
    }
}
