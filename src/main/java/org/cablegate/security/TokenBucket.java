package org.cablegate.security;

/**
 * One client's allowance: up to {@code capacity} tokens, refilled continuously at {@code perSecond}; a request takes
 * one. Time comes in as nanoseconds from the caller, so that tests need no clock.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, double perSecond, long now) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a bucket holds at least one token and refills at a positive rate");
        }
        this.capacity = capacity;
        this.tokensPerNano = perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes a token: 0 when there was one, else the nanoseconds until there will be (nothing is taken then). */
    synchronized long take(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
