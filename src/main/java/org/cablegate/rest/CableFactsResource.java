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


/** One cable's facts. (Its own root path: JAX-RS would route it to the cables resource otherwise.) */
@Path("/api/v1/cables/{refId}/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
public class CableFactsResource {

    private final Lookups lookups;
    private final FactViews views;
    private final JsonResponses json;

    public CableFactsResource(Lookups lookups, FactViews views, JsonResponses json) {
        this.lookups = lookups;
        this.views = views;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listCableFacts", summary = "A cable's facts in document order",
            description = "Quantities, money, percentages, dates, references and acronyms found in the cable, in document order, with offsets into their paragraph's `text`; `type` keeps one kind.")
    @APIResponse(responseCode = "200", description = "The facts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FactView.class)))
    @APIResponse(responseCode = "400", description = "Unknown type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ofCable(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                            @Parameter(description = "Only facts of this type", example = "quantity")
                            @QueryParam("type") String type,
                            @Context Request request) {
        var kind = FactViews.type(type);
        return json.ok(request, views.views(lookups.facts(refId, null, kind)), JsonResponses.ITEM_MAX_AGE).build();
    }
}
