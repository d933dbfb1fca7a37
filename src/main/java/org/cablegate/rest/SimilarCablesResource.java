package org.cablegate.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import org.cablegate.rest.dto.CableSummary;
import org.cablegate.search.CableSearchIndex;
import org.cablegate.share.Permalinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Cables like one cable, by their text, from the search index. */
@Path("/api/v1/cables/{refId}/similar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cables")
public class SimilarCablesResource {

    private final Lookups lookups;
    private final CableSearchIndex index;
    private final Permalinks permalinks;
    private final JsonResponses json;

    public SimilarCablesResource(Lookups lookups, CableSearchIndex index, Permalinks permalinks, JsonResponses json) {
        this.lookups = lookups;
        this.index = index;
        this.permalinks = permalinks;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listSimilarCables", summary = "Cables like this one, by meaning or by their text",
            description = "Up to `limit` other cables, best first, each with its `score`. Once this cable's paragraph "
                    + "vectors are written (semantic search), the cables whose paragraphs are nearest the mean of its "
                    + "subject's and paragraphs' vectors (`score`: best paragraph's cosine plus a fifth of the "
                    + "second's); until then, those whose subject and paragraphs share the most telling words with "
                    + "this one's (Lucene MoreLikeThis over the search index). "
                    + "Empty while the search index does not hold the cable yet.")
    @APIResponse(responseCode = "200", description = "Similar cables, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CableSummary.class)))
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response similar(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                            @Parameter(description = "How many, 1 to 50", example = "5")
                            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit,
                            @Context Request request) {
        var cable = lookups.cable(refId);
        List<CableSummary> body = index.similar(cable.refId, limit).stream()
                .map(h -> new CableSummary(h.refId(), h.subject(), h.created(), h.released(), h.classification(),
                        h.origin(), h.tags(), h.paragraphCount(), permalinks.cable(h.refId()), h.score(), null))
                .toList();
        return json.ok(request, body, JsonResponses.LIST_MAX_AGE).build();
    }
}
