package org.cablegate.cache;

import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers being computed for a cache miss, by cache key: the first request for a key computes it, identical requests
 * that arrive meanwhile wait for it and are then served from the cache. Without this, an import that drops the search
 * pages every batch sends every concurrent request for the same page through the search at once, and those searches
 * queue for the same cores: under load the waits grew past two seconds.
 */
final class AnswersInFlight {

    /** A request waiting for another's answer, and the event loop to resume it on. */
    record Waiter(RoutingContext request, Context context) {
    }

    private final ConcurrentHashMap<String, Waiters> computing = new ConcurrentHashMap<>();

    /**
     * Makes the caller the one computing {@code key}: its token for {@link #finish}; or parks it behind the request
     * already computing it (null: it is handed back by that request's {@link #finish}).
     */
    Waiters lead(String key, Waiter waiter) {
        while (true) {
            var fresh = new Waiters();
            var current = computing.putIfAbsent(key, fresh);
            if (current == null) {
                return fresh;
            }
            if (current.add(waiter)) {
                return null;
            }
            // That computation has just finished: its answer is in the cache now, or this request computes its own.
            computing.remove(key, current);
        }
    }

    /**
     * The computation of {@code key} ended (answered, failed or abandoned): the requests that waited for it, once
     * (a second call returns none).
     */
    List<Waiter> finish(String key, Waiters token) {
        computing.remove(key, token);
        return token.close();
    }

    /** Whether a request is computing this key now. */
    boolean computing(String key) {
        return computing.containsKey(key);
    }

    /** How many keys are being computed (for tests and metrics). */
    int computing() {
        return computing.size();
    }

    static final class Waiters {
        private List<Waiter> waiting = new ArrayList<>();
        private boolean closed;

        synchronized boolean add(Waiter waiter) {
            if (closed) {
                return false;
            }
            waiting.add(waiter);
            return true;
        }

        synchronized List<Waiter> close() {
            closed = true;
            var all = waiting;
            waiting = List.of();
            return all;
        }
    }
}
