package org.cablegate.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.CablesConfig;
import org.cablegate.problem.Problem;
import org.cablegate.problem.ProblemResponses;

import java.util.Map;

/**
 * Limits public reads per client (cables.rate-limit.*): past the client's allowance, 429 with Retry-After and problem
 * JSON. It runs on the event loop ahead of the response cache's filter, so that cached answers count too. Writes
 * (they need a key) and /q/ (probes, metrics, OpenAPI) are not limited.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Above {@code CacheFilters} (10): the limit applies before a cached answer is served. */
    static final int PRIORITY = 20;

    private final CablesConfig.RateLimit config;
    private final ClientRateLimiter limiter;

    public RateLimitFilter(CablesConfig config) {
        this.config = config.rateLimit();
        this.limiter = new ClientRateLimiter(this.config.burst(), this.config.requestsPerSecond(),
                this.config.maxClients(), Ticker.systemTicker());
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext ctx) {
        var request = ctx.request();
        if (!limited(request.method(), ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        // The peer, or the address a trusted proxy forwarded (Quarkus rewrites remoteAddress() for those only).
        var client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        var wait = limiter.take(client);
        if (wait == 0) {
            ctx.next();
            return;
        }
        var seconds = ClientRateLimiter.retryAfterSeconds(wait);
        var problem = Problem.of(429, "too-many-requests", "Too many requests",
                "This client has made more than " + config.burst() + " requests at once or more than "
                        + config.requestsPerSecond() + " a second; try again in " + seconds + " s",
                request.path());
        ctx.response()
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ProblemResponses.vertx(ctx.response(), problem, Map.of("retryAfter", seconds));
    }

    /** Reads of anything but Quarkus' own /q/ endpoints. */
    static boolean limited(HttpMethod method, String path) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && path != null && !path.startsWith("/q/");
    }
}
