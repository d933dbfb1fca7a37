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
import org.cablegate.persistence.FactQueries;
import org.cablegate.rest.dto.SnippetThread;
import org.cablegate.rest.dto.SnippetView;
import org.cablegate.share.Network;
import org.cablegate.share.Permalinks;
import org.cablegate.share.ShareParagraph;
import org.cablegate.share.Snippet;
import org.cablegate.share.SnippetBuilder;
import org.cablegate.share.TextSpan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Posts for X, Mastodon and Bluesky, made from one paragraph. */
@Path("/api/v1/cables/{refId}/paragraphs/{n}/snippet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Posts ready to publish, tagged #cablegate and the reference ID")
public class SnippetsResource {

    private final FactQueries facts;
    private final Permalinks permalinks;
    private final JsonResponses json;
    private final SnippetBuilder builder = new SnippetBuilder();
    private final Lookups lookups;

    public SnippetsResource(FactQueries facts, Permalinks permalinks, JsonResponses json, Lookups lookups) {
        this.lookups = lookups;
        this.facts = facts;
        this.permalinks = permalinks;
        this.json = json;
    }

    @GET
    @Operation(summary = "A post of the paragraph, or a thread of the whole paragraph",
            description = "The whole paragraph when it fits with the permalink and `#cablegate #<refId>`; otherwise the "
                    + "best excerpt, cut at a sentence end, else a word end, never inside a number or a fact, with "
                    + "\"…\". `focus` centres the excerpt on a fact. `thread=true` gives numbered posts whose excerpts "
                    + "joined are the paragraph exactly. Same input, same output.")
    @APIResponse(responseCode = "200", description = "A Snippet, or with thread=true a SnippetThread",
            content = @Content(schema = @Schema(oneOf = {SnippetView.class, SnippetThread.class})))
    @APIResponse(responseCode = "400", description = "Unknown network or fact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cable or paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response snippet(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                            @Parameter(example = "20") @PathParam("n") String n,
                            @Parameter(description = "twitter, mastodon or bluesky", example = "twitter")
                            @QueryParam("network") @DefaultValue("twitter") String network,
                            @Parameter(description = "The whole paragraph as numbered posts") @QueryParam("thread") boolean thread,
                            @Parameter(description = "Centre the excerpt on this fact id", example = "06ASTANA590-20-quantity-32")
                            @QueryParam("focus") String focus,
                            @Parameter(description = "Mastodon instance for the share URL", example = "mastodon.social")
                            @QueryParam("instance") @DefaultValue("mastodon.social") String instance,
                            @Context Request request) {
        var target = network(network);
        if (!instance.matches("[A-Za-z0-9.-]{1,253}")) {
            throw ApiProblem.badRequest("instance: '" + instance + "' is not a host name");
        }
        var cable = lookups.cable(refId);
        var paragraph = lookups.paragraph(cable, n);
        var spans = facts.ofCable(cable.id, paragraph.n, null).stream()
                .map(f -> new TextSpan(f.start(), f.end(), f.id()))
                .toList();
        if (focus != null && spans.stream().noneMatch(s -> s.id().equals(focus))) {
            throw ApiProblem.badRequest("focus: paragraph " + paragraph.n + " of " + cable.refId + " has no fact " + focus);
        }
        var share = new ShareParagraph(cable.refId, paragraph.n, paragraph.text,
                permalinks.paragraph(cable.refId, paragraph.n), spans);
        Object body = thread
                ? new SnippetThread(builder.thread(share, target, instance).stream().map(SnippetsResource::view).toList())
                : view(builder.build(share, target, focus, instance));
        return json.ok(request, body, JsonResponses.ITEM_MAX_AGE).build();
    }

    private static Network network(String name) {
        try {
            return Network.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("network: " + e.getMessage());
        }
    }

    static SnippetView view(Snippet s) {
        var facets = s.facets().isEmpty() ? null : s.facets().stream()
                .map(f -> new SnippetView.FacetView(f.type(), f.byteStart(), f.byteEnd(), f.value()))
                .toList();
        return new SnippetView(s.network(), s.text(), s.length(), s.limit(), s.permalink(), s.hashtags(),
                s.truncated(), s.intentUrl(), facets, s.part(), s.parts(), s.excerpt());
    }
}
