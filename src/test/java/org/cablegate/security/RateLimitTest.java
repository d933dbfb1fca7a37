package org.cablegate.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token buckets, on a clock the test moves. */
class RateLimitTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final Ticker clock = now::get;

    @Test
    void aClientGetsItsBurstThenWaitsForTheRefill() {
        var limiter = new ClientRateLimiter(3, 2, 100, clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.take("a"), "request " + i);
        }
        var wait = limiter.take("a");
        assertEquals(SECOND / 2, wait, "one token comes back every half second");
        assertEquals(1, ClientRateLimiter.retryAfterSeconds(wait));
        now.addAndGet(SECOND / 2);
        assertEquals(0, limiter.take("a"));
        assertTrue(limiter.take("a") > 0);
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        var limiter = new ClientRateLimiter(1, 1, 100, clock);
        assertEquals(0, limiter.take("a"));
        assertTrue(limiter.take("a") > 0);
        assertEquals(0, limiter.take("b"));
    }

    @Test
    void anIdleBucketRefillsOnlyUpToItsBurst() {
        var limiter = new ClientRateLimiter(2, 10, 100, clock);
        assertEquals(0, limiter.take("a"));
        now.addAndGet(3_600 * SECOND);
        assertEquals(0, limiter.take("a"));
        assertEquals(0, limiter.take("a"));
        assertTrue(limiter.take("a") > 0);
    }

    @Test
    void refusedRequestsTakeNothing() {
        var limiter = new ClientRateLimiter(1, 1, 100, clock);
        assertEquals(0, limiter.take("a"));
        for (int i = 0; i < 50; i++) {
            assertTrue(limiter.take("a") > 0);
        }
        now.addAndGet(SECOND);
        assertEquals(0, limiter.take("a"), "hammering while refused does not push the next token further away");
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertEquals(1, ClientRateLimiter.retryAfterSeconds(1));
        assertEquals(1, ClientRateLimiter.retryAfterSeconds(SECOND));
        assertEquals(2, ClientRateLimiter.retryAfterSeconds(SECOND + 1));
        assertEquals(100, ClientRateLimiter.retryAfterSeconds(100 * SECOND));
    }

    @Test
    void onlyReadsOutsideQuarkusOwnEndpointsAreLimited() {
        assertTrue(RateLimitFilter.limited(HttpMethod.GET, "/api/v1/cables"));
        assertTrue(RateLimitFilter.limited(HttpMethod.HEAD, "/c/06ASTANA590/5/card.png"));
        assertFalse(RateLimitFilter.limited(HttpMethod.POST, "/api/v1/cables"));
        assertFalse(RateLimitFilter.limited(HttpMethod.GET, "/q/health/ready"));
    }

    @Test
    void pagesMayStyleThemselvesEverythingElseMayDoNothing() {
        assertEquals(SecurityHeadersFilter.PAGE_POLICY, SecurityHeadersFilter.policyFor("text/html;charset=UTF-8"));
        assertEquals(SecurityHeadersFilter.NOTHING_POLICY, SecurityHeadersFilter.policyFor("application/json"));
        assertEquals(SecurityHeadersFilter.NOTHING_POLICY, SecurityHeadersFilter.policyFor(null));
        assertTrue(SecurityHeadersFilter.PAGE_POLICY.contains("frame-ancestors 'none'"));
        assertFalse(SecurityHeadersFilter.PAGE_POLICY.contains("script-src"), "no script anywhere");
    }
}
