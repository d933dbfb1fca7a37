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
import org.cablegate.persistence.CableQueries;
import org.cablegate.persistence.FacetCount;
import org.cablegate.rest.dto.Facet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Facets with counts, for filter menus. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facets", description = "Tags and origins with the number of cables carrying them")
public class FacetsResource {

    private final CableQueries queries;
    private final JsonResponses json;

    public FacetsResource(CableQueries queries, JsonResponses json) {
        this.queries = queries;
        this.json = json;
    }

    @GET
    @Path("/tags")
    @Operation(operationId = "listTags", summary = "Tags by number of cables, most first",
            description = "The TAGS of the cables (SNAR, KZ, PREL, ...), each with how many cables carry it.")
    @APIResponse(responseCode = "200", description = "Tags and counts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Facet.class)))
    public Response tags(@Parameter(description = "How many, 1 to 1000") @QueryParam("limit") @DefaultValue("100")
                         @Min(1) @Max(1000) int limit, @Context Request request) {
        return json.ok(request, facets(queries.tags(limit)), JsonResponses.LIST_MAX_AGE).build();
    }

    @GET
    @Path("/origins")
    @Operation(operationId = "listOrigins", summary = "Origins by number of cables, most first",
            description = "The posts that sent the cables (Embassy Astana, Secretary of State, ...), each with how many cables it sent.")
    @APIResponse(responseCode = "200", description = "Origins and counts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Facet.class)))
    public Response origins(@Parameter(description = "How many, 1 to 1000") @QueryParam("limit") @DefaultValue("300")
                            @Min(1) @Max(1000) int limit, @Context Request request) {
        return json.ok(request, facets(queries.origins(limit)), JsonResponses.LIST_MAX_AGE).build();
    }

    private static List<Facet> facets(List<FacetCount> counts) {
        return counts.stream().map(c -> new Facet(c.value(), c.count())).toList();
    }
}
