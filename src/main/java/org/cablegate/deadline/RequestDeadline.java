package org.cablegate.deadline;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.CablesConfig;
import org.cablegate.rest.Problem;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers a read that has not begun its answer within {@code cables.request-deadline} with 503, problem JSON and
 * {@code Retry-After}, from the event loop, whatever the worker thread computing it is waiting on.
 *
 * <p>Why a deadline and not only timeouts: a read may pass through several waits in turn (a connection from the pool,
 * its validation, the driver trying the next host, one or more queries), each bounded, none bounding their sum. With
 * every Galera node frozen, that sum reached 4.5 s on a cluster run. The worker thread still finishes (its socket
 * timeouts end it); its late answer is dropped, and a late 200 is still stored in the answer cache for the next reader.
 */
@ApplicationScoped
public class RequestDeadline {

    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);
    /** Before the rate limit (20) and the answer cache (10), so that a request parked behind another's has it too. */
    static final int PRIORITY = 30;
    static final String RETRY_AFTER_SECONDS = "5";

    private final long millis;
    private final LongAdder expired = new LongAdder();

    public RequestDeadline(CablesConfig config) {
        this.millis = config.requestDeadline().toMillis();
    }

    void register(@Observes Filters filters) {
        if (millis > 0) {
            filters.register(this::arm, PRIORITY);
        }
    }

    /** How many reads have been answered 503 by the deadline since start. */
    public long expired() {
        return expired.sum();
    }

    private void arm(RoutingContext ctx) {
        if (!bounded(ctx.request().method(), ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        var vertx = ctx.vertx();
        long timer = vertx.setTimer(millis, id -> expire(ctx));
        ctx.addEndHandler(ended -> vertx.cancelTimer(timer));
        ctx.next();
    }

    private void expire(RoutingContext ctx) {
        var response = ctx.response();
        // An answer under way (a stream whose head is out, say) is left to finish.
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        var path = ctx.request().path();
        var problem = new Problem(Problem.TYPE_PREFIX + "database-unavailable", "Service unavailable", 503,
                "No answer within " + millis + " ms: the database is slow or out of reach. Try again shortly.", path);
        try {
            response.setStatusCode(503)
                    .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(new JsonObject(problem.body(Map.of())).encode());
            expired.increment();
            LOG.warnf("Request to %s answered 503: no answer within %d ms", path, millis);
        } catch (IllegalStateException raced) {
            // The worker thread began its answer between the check and here: its answer stands.
        }
    }

    /** Reads of anything but Quarkus' own /q/ endpoints; writes keep their own bounds (failover waits). */
    static boolean bounded(HttpMethod method, String path) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && path != null && !path.startsWith("/q/");
    }
}
