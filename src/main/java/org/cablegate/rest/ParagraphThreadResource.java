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
import org.cablegate.rest.dto.SnippetThread;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The whole paragraph as a thread of posts, on a path of its own so that its answer has one type. */
@Path("/api/v1/cables/{refId}/paragraphs/{n}/thread")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class ParagraphThreadResource {

    private final ParagraphPosts posts;
    private final JsonResponses json;

    public ParagraphThreadResource(ParagraphPosts posts, JsonResponses json) {
        this.posts = posts;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getParagraphThread", summary = "The whole paragraph as a thread of numbered posts",
            description = "Numbered posts whose excerpts joined give the paragraph back exactly, each within the "
                    + "network's limit with the permalink and hashtags; the same answer as the snippet operation "
                    + "with thread=true. Same input, same output.")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(schema = @Schema(implementation = SnippetThread.class)))
    @APIResponse(responseCode = "400", description = "Unknown network, or an instance that is not a host name")
    @APIResponse(responseCode = "404", description = "No such cable or paragraph")
    public Response thread(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                           @Parameter(example = "20") @PathParam("n") String n,
                           @Parameter(description = "The network to post on", example = "twitter",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"twitter", "mastodon", "bluesky"}, defaultValue = "twitter"))
                           @QueryParam("network") @DefaultValue("twitter") String network,
                           @Parameter(description = "Mastodon instance for the share URL", example = "mastodon.social")
                           @QueryParam("instance") @DefaultValue("mastodon.social") String instance,
                           @Context Request request) {
        return json.ok(request, posts.thread(refId, n, network, instance), JsonResponses.ITEM_MAX_AGE).build();
    }
}
