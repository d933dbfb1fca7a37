package org.cablegate.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.cablegate.persistence.ParagraphPicks;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.ParagraphView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** A paragraph for a bot to post. */
@Path("/api/v1/paragraphs/random")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bots", description = "Picks for bots that post cable excerpts")
public class RandomParagraphResource {

    private final ParagraphPicks picks;
    private final CableViews views;
    private final JsonResponses json;

    public RandomParagraphResource(ParagraphPicks picks, CableViews views, JsonResponses json) {
        this.picks = picks;
        this.views = views;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getRandomParagraph", summary = "A random paragraph",
            description = "With `seed`, the same seed gives the same paragraph as long as the corpus is unchanged.")
    @APIResponse(responseCode = "200", description = "A paragraph",
            content = @Content(schema = @Schema(implementation = ParagraphView.class)))
    @APIResponse(responseCode = "404", description = "No paragraph matches the filters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response random(@Parameter(example = "SNAR") @QueryParam("tag") String tag,
                           @Parameter(example = "Embassy Astana") @QueryParam("origin") String origin,
                           @Parameter(description = "Only paragraphs with at least one fact") @QueryParam("hasFacts") boolean hasFacts,
                           @Parameter(description = "Any text; the same seed gives the same pick", example = "2026-11-24")
                           @QueryParam("seed") String seed,
                           @Context Request request) {
        var cleanTag = tag == null || tag.isBlank() ? null : tag.trim().toUpperCase(Locale.ROOT);
        var draw = seed == null ? ThreadLocalRandom.current().nextDouble() : draw(seed);
        var paragraph = picks.random(cleanTag, CableSearch.blankToNull(origin), hasFacts, draw)
                .orElseThrow(() -> ApiProblem.notFound("No paragraph matches tag=" + tag + ", origin=" + origin
                        + ", hasFacts=" + hasFacts));
        var body = views.paragraph(paragraph.cable.refId, paragraph);
        if (seed == null) {
            var noStore = new CacheControl();
            noStore.setNoStore(true);
            return Response.ok(body).cacheControl(noStore).build();
        }
        return json.ok(request, body, JsonResponses.LIST_MAX_AGE).build();
    }

    /** A number in [0, 1) from the seed's SHA-256: stable across JVMs, unlike String.hashCode-seeded randoms. */
    static double draw(String seed) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(hash).getLong() >>> 11) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
