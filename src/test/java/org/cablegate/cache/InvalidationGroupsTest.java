package org.cablegate.cache;

import org.cablegate.config.CablesConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which group a cached answer belongs to, and which invalidations keep it from being stored. */
class InvalidationGroupsTest {

    private static final CachedResponse ANSWER = new CachedResponse("application/json", "\"e\"", "max-age=60", null,
            new byte[]{'{', '}'});

    @Test
    void searchPagesAndListPagesAreSeparateGroups() {
        assertEquals(CacheKeys.LISTS, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables", "limit=20&origin=Paris")));
        assertEquals(CacheKeys.LISTS, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables", null)));
        assertEquals(CacheKeys.SEARCHES, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables", "q=oil")));
        assertEquals(CacheKeys.SEARCHES, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables", "limit=20&q=oil&sort=date")));
        assertEquals(CacheKeys.LISTS, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables", "tag=q&limit=5")),
                "a value q is no q parameter");
        assertNull(CacheKeys.of("/api/v1/cables", "%71=oil"), "an encoded parameter name is not cached");
        assertEquals("06ASTANA590", CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables/06astana590/paragraphs/2", "")));
        assertEquals(CacheKeys.SEARCHES, CacheKeys.refIdOf(CacheKeys.of("/api/v1/cables/06ASTANA590/similar", "limit=3")),
                "similar cables are read from the search index");
        assertEquals(CacheKeys.SEARCHES, CacheKeys.refIdOf(CacheKeys.of("/c/06ASTANA590/similar", null)));
        assertEquals("06ASTANA590", CacheKeys.refIdOf(CacheKeys.of("/c/06ASTANA590/20", null)));
    }

    @Test
    void anAnswerReadBeforeItsGroupWasInvalidatedIsNotStored() {
        var cache = new ResponseCache(config());
        long read = cache.generation();
        cache.invalidate(List.of(CacheKeys.SEARCHES));
        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, ANSWER, read);
        assertNull(cache.get("/api/v1/cables?q=oil"), "it may predate the cables just indexed");

        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, ANSWER, cache.generation());
        assertNotNull(cache.get("/api/v1/cables?q=oil"), "read after the invalidation: stored");
    }

    @Test
    void invalidatingOtherCablesDoesNotKeepAnAnswerFromTheCache() {
        var cache = new ResponseCache(config());
        long read = cache.generation();
        cache.invalidate(List.of("09PARIS1", CacheKeys.LISTS));
        cache.put("/api/v1/cables/06ASTANA590", "06ASTANA590", ANSWER, read);
        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, ANSWER, read);
        assertNotNull(cache.get("/api/v1/cables/06ASTANA590"), "an import of other cables runs meanwhile");
        assertNotNull(cache.get("/api/v1/cables?q=oil"), "a database write before indexing leaves search pages");

        cache.invalidate(List.of("06astana590"));
        assertNull(cache.get("/api/v1/cables/06ASTANA590"), "its own invalidation drops it");
        cache.invalidateAll();
        assertNull(cache.get("/api/v1/cables?q=oil"));
        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, ANSWER, read);
        assertNull(cache.get("/api/v1/cables?q=oil"), "read before everything was dropped: not stored");
    }

    @Test
    void aDroppedSearchPageStaysAtHandAsStaleUntilItsNewPageIsStored() {
        var cache = new ResponseCache(config());
        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, ANSWER, cache.generation());
        cache.put("/api/v1/cables/06ASTANA590", "06ASTANA590", ANSWER, cache.generation());
        cache.invalidate(List.of(CacheKeys.SEARCHES, "06ASTANA590"));
        assertNull(cache.get("/api/v1/cables?q=oil"));
        assertEquals(ANSWER, cache.stale("/api/v1/cables?q=oil"), "served while one request recomputes it");
        assertNull(cache.stale("/api/v1/cables/06ASTANA590"), "a cable's own answers are never served stale");

        var fresh = new CachedResponse("application/json", "\"f\"", "max-age=60", null, new byte[]{'[', ']'});
        cache.put("/api/v1/cables?q=oil", CacheKeys.SEARCHES, fresh, cache.generation());
        assertEquals(fresh, cache.get("/api/v1/cables?q=oil"));
        assertNull(cache.stale("/api/v1/cables?q=oil"), "the new page replaces the stale one");

        cache.invalidate(List.of(CacheKeys.SEARCHES));
        cache.invalidateAll();
        assertNull(cache.stale("/api/v1/cables?q=oil"), "dropping everything drops the stale pages too");
    }

    private static CablesConfig config() {
        var cacheConfig = (CablesConfig.Cache) Proxy.newProxyInstance(CablesConfig.class.getClassLoader(),
                new Class<?>[]{CablesConfig.Cache.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "maxBytes" -> 1_000_000L;
                    case "ttlSeconds" -> 300L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (CablesConfig) Proxy.newProxyInstance(CablesConfig.class.getClassLoader(),
                new Class<?>[]{CablesConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "cache" -> cacheConfig;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
