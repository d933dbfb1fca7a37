package org.cablegate.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document: the body of every 4xx and 5xx answer. Extra members (for example the parser's
 * {@code line}) stand at the top level, as RFC 9457 allows, which is why the body is written as a map. The body is
 * built here only ({@link #body(Map)}); {@link ProblemResponses} writes it as JAX-RS mappers and Vert.x filters answer.
 */
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "instance"},
        description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:cablegate:problem:not-found") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Not found") String title,
        @Schema(description = "HTTP status code", example = "404") int status,
        @Schema(description = "What went wrong in this request, and where", example = "No cable with reference ID 06ASTANA9999") String detail,
        @Schema(description = "The request path", example = "/api/v1/cables/06ASTANA9999") String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:cablegate:problem:";

    /** A problem of the kind {@code slug} ({@code urn:cablegate:problem:<slug>}). */
    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance);
    }

    /** The JSON body: the five standard members, then the extensions. */
    public Map<String, Object> body(Map<String, Object> extensions) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", instance);
        extensions.forEach(body::putIfAbsent);
        return body;
    }
}
