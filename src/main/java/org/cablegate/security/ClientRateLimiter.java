package org.cablegate.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TokenBucket} per client in a bounded Caffeine cache. A bucket left alone long enough to refill completely
 * is forgotten, since a new one is the same; past {@code maxClients} the least recently seen go first, so that a
 * flood of addresses costs bounded memory.
 */
final class ClientRateLimiter {

    private final int burst;
    private final double perSecond;
    private final Ticker ticker;
    private final Cache<String, TokenBucket> buckets;

    ClientRateLimiter(int burst, double perSecond, long maxClients, Ticker ticker) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.ticker = ticker;
        var refillSeconds = Math.max(1, (long) Math.ceil(burst / perSecond));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofSeconds(refillSeconds))
                .ticker(ticker)
                .build();
    }

    /** 0 if the client may go on, else the nanoseconds it should wait. */
    long take(String client) {
        var now = ticker.read();
        return buckets.get(client, c -> new TokenBucket(burst, perSecond, now)).take(now);
    }

    /** Whole seconds to wait, rounded up, for Retry-After. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
