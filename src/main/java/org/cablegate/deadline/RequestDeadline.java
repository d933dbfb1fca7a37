package org.cablegate.deadline;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.CablesConfig;
import org.cablegate.problem.Problem;
import org.cablegate.problem.ProblemResponses;
import org.jboss.logging.Logger;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers a read that has not begun its answer within {@code cables.request-deadline} with 503, problem JSON and
 * {@code Retry-After}, from the event loop, whatever the worker thread computing it is waiting on.
 *
 * <p>Why a deadline and not only timeouts: a read may pass through several waits in turn (a connection from the pool,
 * its validation, the driver trying the next host, one or more queries), each bounded, none bounding their sum. With
 * every Galera node frozen, that sum reached 4.5 s on a cluster run. The worker thread still finishes (its socket
 * timeouts end it); its late answer is dropped, and a late 200 is still stored in the answer cache for the next reader.
 *
 * <p>One answer per request: the resource's answer (on a worker thread) and the deadline's (on the event loop) claim
 * the response first, so that the deadline never writes into an answer under way. Without the claim, a status 200
 * was once sent with the deadline's problem body (GracefulShutdownIT on a loaded machine).
 */
@ApplicationScoped
public class RequestDeadline {

    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);
    /** Before the rate limit (20) and the answer cache (10), so that a request parked behind another's has it too. */
    static final int PRIORITY = 30;
    static final String RETRY_AFTER_SECONDS = "5";
    private static final String KEY = "cablegate.deadline";

    /** Who answers: the first to claim. {@code answered} completes once the deadline's answer is written. */
    private static final class Claim {
        final AtomicBoolean taken = new AtomicBoolean();
        final CompletableFuture<Void> answered = new CompletableFuture<>();
    }

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
        var claim = new Claim();
        ctx.put(KEY, claim);
        var vertx = ctx.vertx();
        long timer = vertx.setTimer(millis, id -> expire(ctx, claim));
        ctx.addEndHandler(ended -> vertx.cancelTimer(timer));
        ctx.next();
    }

    /**
     * Runs before the resource's answer is written (on its worker thread, or on the event loop for a non-blocking
     * one): claims the response, or, if the deadline has answered, waits until that answer is out so that the late
     * one only finds the response ended. On the event loop the deadline's answer is already out (same thread).
     */
    @ServerResponseFilter
    public void claimBeforeWriting(RoutingContext ctx) {
        Claim claim = ctx == null ? null : ctx.get(KEY);
        if (claim == null || claim.taken.compareAndSet(false, true)) {
            return;
        }
        try {
            claim.answered.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The deadline's write failed or hangs: nothing better to do than let the late answer try.
        }
    }

    private void expire(RoutingContext ctx, Claim claim) {
        var response = ctx.response();
        // An answer under way (a stream whose head is out, say) is left to finish.
        if (response.headWritten() || response.ended() || response.closed() || !claim.taken.compareAndSet(false, true)) {
            return;
        }
        var path = ctx.request().path();
        var problem = new Problem(Problem.TYPE_PREFIX + "database-unavailable", "Service unavailable", 503,
                "No answer within " + millis + " ms: the database is slow or out of reach. Try again shortly.", path);
        try {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            ProblemResponses.vertx(response, problem, Map.of());
            expired.increment();
            LOG.warnf("Request to %s answered 503: no answer within %d ms", path, millis);
        } catch (IllegalStateException raced) {
            // Written by a handler that does not pass the claim (none is known): its answer stands.
        } finally {
            claim.answered.complete(null);
        }
    }

    /** Reads of anything but Quarkus' own /q/ endpoints; writes keep their own bounds (failover waits). */
    static boolean bounded(HttpMethod method, String path) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && path != null && !path.startsWith("/q/");
    }
}
