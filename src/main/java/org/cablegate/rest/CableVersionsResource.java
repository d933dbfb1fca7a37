package org.cablegate.rest;

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
import org.cablegate.rest.dto.CableDetail;
import org.cablegate.rest.dto.CableVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The versions of a cable as WikiLeaks published them, oldest first. */
@Path("/api/v1/cables/{refId}/versions")
@Tag(name = "Versions")
@Produces(MediaType.APPLICATION_JSON)
public class CableVersionsResource {

    private final VersionViews versions;
    private final JsonResponses json;

    public CableVersionsResource(VersionViews versions, JsonResponses json) {
        this.versions = versions;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listCableVersions", summary = "A cable's versions, oldest first",
            description = "Ordered by release time; versions with the same or no release time in import order. "
                    + "The last is the current one, which every other endpoint serves.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CableVersion.class)))
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(example = "06MADRID76") @PathParam("refId") String refId,
                         @Context Request request) {
        return json.ok(request, versions.list(versions.find(refId)), JsonResponses.ITEM_MAX_AGE).build();
    }

    @GET
    @Path("/{v}")
    @Operation(operationId = "getCableVersion", summary = "The cable as one version showed it, paragraphs included",
            description = "Paragraph permalinks carry no version: they lead to the current text.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = CableDetail.class)))
    @APIResponse(responseCode = "404", description = "No such cable or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response version(@Parameter(example = "06MADRID76") @PathParam("refId") String refId,
                            @Parameter(example = "1") @PathParam("v") int v,
                            @Context Request request) {
        return json.ok(request, versions.detail(versions.find(refId), v), JsonResponses.ITEM_MAX_AGE).build();
    }

    @GET
    @Path("/{v}/snippet")
    @org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Sharing")
    @Operation(operationId = "getVersionSnippet", summary = "A post of a redaction the version lifted",
            description = "`Unredacted in <refId> ¶<n>: “<words>”` with the paragraph's permalink (the cable's for a "
                    + "caption field) and `#cablegate #<refId>`, within the network's limit: the words that replaced the "
                    + "marks with as many words around them as fit, cut at word ends, \"…\" where text is left out. "
                    + "`lift` picks the redaction, in the order of the diff (caption fields first); the changes feed "
                    + "gives how many a version lifted.")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(schema = @Schema(implementation = org.cablegate.rest.dto.SnippetView.class)))
    @APIResponse(responseCode = "400", description = "Unknown network, or an instance that is not a host name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cable or version, or the version lifted no such redaction",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response liftPost(@Parameter(example = "10RIYADH182") @PathParam("refId") String refId,
                             @Parameter(example = "3") @PathParam("v") int v,
                             @Parameter(description = "twitter (or x), mastodon or bluesky", example = "twitter")
                             @QueryParam("network") @DefaultValue("twitter") String network,
                             @Parameter(description = "Which lifted redaction, from 1", example = "1")
                             @QueryParam("lift") @DefaultValue("1") int lift,
                             @Parameter(description = "Mastodon instance for the share URL", example = "mastodon.social")
                             @QueryParam("instance") @DefaultValue("mastodon.social") String instance,
                             @Context Request request) {
        org.cablegate.share.Network target;
        try {
            target = org.cablegate.share.Network.parse(network);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("network: " + e.getMessage());
        }
        if (!instance.matches("[A-Za-z0-9.-]{1,253}")) {
            throw ApiProblem.badRequest("instance: '" + instance + "' is not a host name");
        }
        var post = versions.liftPost(versions.find(refId), v, lift, target, instance);
        return json.ok(request, ParagraphPosts.view(post), JsonResponses.ITEM_MAX_AGE).build();
    }
}
