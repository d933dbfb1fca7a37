package org.cablegate.cache;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Serves cached answers straight from the event loop, before the request reaches a resource, and stores the answers
 * resources compute. The same ETag and Cache-Control go out either way, and If-None-Match still answers 304.
 */
@ApplicationScoped
public class CacheFilters {

    /** After CORS and the other HTTP filters of Quarkus, before any resource. */
    private static final int PRIORITY = 10;
    private static final String KEY = "cablegate.cache.key";
    private static final String GENERATION = "cablegate.cache.generation";
    /**
     * How many times a request waited for another's answer. One that found none cached waits again for the next
     * computation (which starts after it arrived, so its answer is fresh for it), up to {@link #MAX_WAITS}; then it
     * computes its own (an answer that is never cached, a 400 say, is not computed one request at a time).
     */
    private static final String WAITS = "cablegate.cache.waits";
    private static final int MAX_WAITS = 3;

    private final ResponseCache cache;
    private final AnswersInFlight inFlight = new AnswersInFlight();

    public CacheFilters(ResponseCache cache) {
        this.cache = cache;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext ctx) {
        var request = ctx.request();
        if (!cache.enabled() || request.method() != HttpMethod.GET) {
            ctx.next();
            return;
        }
        var key = CacheKeys.of(request.path(), request.query());
        if (key == null) {
            ctx.next();
            return;
        }
        var hit = cache.get(key);
        if (hit != null && !accepts(request.getHeader(HttpHeaders.ACCEPT), hit.contentType())) {
            // Not what the client takes: the resource answers (406, or the other representation it negotiates).
            ctx.next();
            return;
        }
        if (hit == null) {
            var stale = cache.stale(key);
            if (stale != null && inFlight.computing(key)
                    && accepts(request.getHeader(HttpHeaders.ACCEPT), stale.contentType())) {
                // A list or search page being recomputed after an import batch: the page as it was until then.
                answer(ctx, stale);
                return;
            }
            Integer waits = ctx.get(WAITS);
            if (waits == null || waits < MAX_WAITS) {
                var token = inFlight.lead(key, new AnswersInFlight.Waiter(ctx, Vertx.currentContext()));
                if (token == null) {
                    return;     // parked: resumed when the request computing this answer ends
                }
                ctx.addEndHandler(ended -> inFlight.finish(key, token).forEach(CacheFilters.this::resume));
            }
            ctx.put(KEY, key);
            ctx.put(GENERATION, cache.generation());
            ctx.next();
            return;
        }
        answer(ctx, hit);
    }

    private static void answer(RoutingContext ctx, CachedResponse hit) {
        var request = ctx.request();
        var response = ctx.response();
        response.putHeader(HttpHeaders.ETAG, hit.etag());
        response.putHeader(HttpHeaders.CACHE_CONTROL, hit.cacheControl());
        if (hit.link() != null) {
            response.putHeader("Link", hit.link());
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType());
        response.setStatusCode(200).end(Buffer.buffer(hit.body()));
    }

    /** A request that waited: served from the cache now, or it waits again, or computes its own answer. */
    private void resume(AnswersInFlight.Waiter waiter) {
        waiter.context().runOnContext(v -> {
            var request = waiter.request();
            if (request.response().closed() || request.response().ended()) {
                return;
            }
            Integer waits = request.get(WAITS);
            request.put(WAITS, waits == null ? 1 : waits + 1);
            serve(request);
        });
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response, RoutingContext ctx) {
        String key = ctx.get(KEY);
        if (key == null || response.getStatus() != 200 || response.getMediaType() == null) {
            return;
        }
        byte[] body;
        if (response.getEntity() instanceof byte[] bytes) {
            body = bytes;
        } else if (response.getEntity() instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else {
            return;
        }
        var etag = response.getHeaderString("ETag");
        var cacheControl = response.getHeaderString("Cache-Control");
        if (etag == null || cacheControl == null) {
            return;
        }
        Long generation = ctx.get(GENERATION);
        cache.put(key, CacheKeys.refIdOf(key), new CachedResponse(response.getMediaType().toString(), etag,
                cacheControl, response.getHeaderString("Link"), body), generation);
    }

    /** Whether an Accept header takes this content type: no header, a matching range, and not refused by q=0. */
    static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        var semicolon = contentType.indexOf(';');
        var type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        var slash = type.indexOf('/');
        var major = slash < 0 ? type : type.substring(0, slash);
        for (var range : accept.split(",")) {
            var parts = range.split(";");
            var media = parts[0].trim().toLowerCase(Locale.ROOT);
            var refused = false;
            for (int i = 1; i < parts.length; i++) {
                var param = parts[i].trim().replace(" ", "");
                if (param.startsWith("q=") && param.substring(2).matches("0(\\.0*)?")) {
                    refused = true;
                }
            }
            if (!refused && (media.equals("*/*") || media.equals(type) || media.equals(major + "/*"))) {
                return true;
            }
        }
        return false;
    }

    /** If-None-Match: a list of entity tags, weak or strong, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        var strong = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (var candidate : ifNoneMatch.split(",")) {
            var c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(strong)) {
                return true;
            }
        }
        return false;
    }
}
