package org.cablegate.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.problem.Problem;
import org.cablegate.problem.ProblemResponses;

import java.util.Map;

/**
 * The service's own limits on a request's URL and headers, answered as problem JSON (414, 431). Vert.x's limits
 * (quarkus.http.limits.max-initial-line-length, max-header-size) are set far above these, so that an over-long
 * request reaches this filter instead of getting Vert.x's bare answer with an empty body.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest request target (path and query) in characters. */
    static final int MAX_URI = 8192;
    /** Longest path segment: reference IDs are under 30 characters, paragraph keys under 10. */
    static final int MAX_SEGMENT = 256;
    /** Longest single header value, and all headers together, in characters. */
    static final int MAX_HEADER = 8192;
    static final int MAX_HEADERS = 16384;

    /** Before every other filter (the read cache's included). */
    private static final int PRIORITY = 1000;
    private static final int INSTANCE_CHARS = 100;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        var uri = request.uri();
        if (uri.length() > MAX_URI) {
            refuse(ctx, 414, "uri-too-long", "URI too long",
                    "The URL has " + uri.length() + " characters; this service accepts " + MAX_URI);
            return;
        }
        var path = request.path() == null ? "" : request.path();
        for (var segment : path.split("/")) {
            if (segment.length() > MAX_SEGMENT) {
                refuse(ctx, 414, "uri-too-long", "URI too long", "A path segment has " + segment.length()
                        + " characters; this service accepts " + MAX_SEGMENT + " (a reference ID has under 30)");
                return;
            }
        }
        var total = 0;
        for (var header : request.headers()) {
            var size = header.getKey().length() + header.getValue().length();
            total += size;
            if (size > MAX_HEADER || total > MAX_HEADERS) {
                refuse(ctx, 431, "header-too-large", "Request header fields too large",
                        size > MAX_HEADER
                                ? "Header " + header.getKey() + " has " + size + " characters; this service accepts " + MAX_HEADER
                                : "The headers have over " + MAX_HEADERS + " characters together");
                return;
            }
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        var path = ctx.request().path() == null ? "" : ctx.request().path();
        var instance = path.length() <= INSTANCE_CHARS ? path : path.substring(0, INSTANCE_CHARS) + "…";
        ProblemResponses.vertx(ctx.response(), Problem.of(status, slug, title, detail, instance), Map.of());
    }
}
