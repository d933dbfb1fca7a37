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
import org.cablegate.rest.dto.SnippetView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * Posts for X, Mastodon and Bluesky, made from one paragraph. The snippet path keeps API.md's {@code thread=true};
 * its answer is then told apart by {@code kind}. Typed clients read threads from their own path
 * ({@link ParagraphThreadResource}).
 */
@Path("/api/v1/cables/{refId}/paragraphs/{n}/snippet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Posts ready to publish, tagged #cablegate and the reference ID")
public class SnippetsResource {

    private final ParagraphPosts posts;
    private final JsonResponses json;

    public SnippetsResource(ParagraphPosts posts, JsonResponses json) {
        this.posts = posts;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getParagraphSnippet", summary = "A post of the paragraph (or, with thread=true, a thread)",
            description = "The whole paragraph when it fits with the permalink and `#cablegate #<refId>`; otherwise the "
                    + "best excerpt, cut at a sentence end, else a word end, never inside a number or a fact, with "
                    + "\"…\". `focus` centres the excerpt on a fact. `thread=true` gives numbered posts whose excerpts "
                    + "joined are the paragraph exactly (the same answer as the thread operation); `kind` tells the "
                    + "two answers apart. Same input, same output.")
    @APIResponse(responseCode = "200", description = "A post (`kind: post`), or with thread=true a thread (`kind: thread`)",
            content = @Content(schema = @Schema(name = "SnippetOrThread", oneOf = {SnippetView.class, SnippetThread.class},
                    discriminatorProperty = "kind", discriminatorMapping = {
                    @DiscriminatorMapping(value = SnippetView.KIND, schema = SnippetView.class),
                    @DiscriminatorMapping(value = SnippetThread.KIND, schema = SnippetThread.class)})))
    @APIResponse(responseCode = "400", description = "Unknown network or fact, or an instance that is not a host name")
    @APIResponse(responseCode = "404", description = "No such cable or paragraph")
    public Response snippet(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                            @Parameter(example = "20") @PathParam("n") String n,
                            @Parameter(description = "The network to post on", example = "twitter",
                                    schema = @Schema(type = SchemaType.STRING, enumeration = {"twitter", "mastodon", "bluesky"}, defaultValue = "twitter"))
                            @QueryParam("network") @DefaultValue("twitter") String network,
                            @Parameter(description = "The whole paragraph as numbered posts (a SnippetThread)")
                            @QueryParam("thread") boolean thread,
                            @Parameter(description = "Centre the excerpt on this fact id", example = "06ASTANA590-20-quantity-32")
                            @QueryParam("focus") String focus,
                            @Parameter(description = "Mastodon instance for the share URL", example = "mastodon.social")
                            @QueryParam("instance") @DefaultValue("mastodon.social") String instance,
                            @Context Request request) {
        Object body = thread
                ? posts.thread(refId, n, network, instance)
                : posts.post(refId, n, network, focus, instance);
        return json.ok(request, body, JsonResponses.ITEM_MAX_AGE).build();
    }
}
