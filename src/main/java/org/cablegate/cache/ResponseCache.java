package org.cablegate.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.config.CablesConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Rendered answers of the per-cable reads (cable, paragraphs, posts, facts, pages), by request URI, bounded by bytes.
 * Hits are served from the HTTP event loop without a database round trip ({@link CacheFilters}).
 *
 * <p>Correctness rests on invalidation: every committed import names the cables it changed, and their answers, and
 * those of the cables that cite them or that they cite, are dropped at once. An answer computed while its cable (or
 * its list group) was invalidated is not stored (the generation check), so a stale answer can never be cached after
 * its invalidation; answers about other cables are stored as usual while an import runs. Entries also expire after
 * the answers' own max-age, which bounds staleness on replicas that did not run the import.
 */
@ApplicationScoped
public class ResponseCache {

    private final Cache<String, CachedResponse> responses;
    /**
     * List and search pages as they were before their group was last dropped: served while one request computes
     * the new page ({@link CacheFilters}), so that an import dropping every search page each batch does not make
     * every reader wait for twenty searches at once (they did: two seconds, on two busy cores).
     */
    private final Cache<String, CachedResponse> stale;
    /**
     * Keys by canonical reference ID, to drop one cable's answers without scanning the cache; each key with the answer
     * it was indexed for. The removal listener runs later, on another thread: it unindexes a key only while the key
     * still stands for the answer that was removed, never for one stored again under the same key since (which it did
     * by name, so that the next import of the cable no longer dropped the new answer and the old was served until
     * its TTL).
     */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, CachedResponse>> keysByCable =
            new ConcurrentHashMap<>();
    /** Counts invalidations; an answer's read starts by taking it ({@link #generation()}). */
    private final AtomicLong generation = new AtomicLong();
    /**
     * The generation of the last invalidation of each group (a cable, or a list group), by a hash of its name: groups
     * sharing a slot only make an answer skip the cache once, never keep a stale one.
     */
    private final AtomicLongArray invalidatedAt = new AtomicLongArray(SLOTS);
    private static final int SLOTS = 4096;
    private final boolean enabled;

    @jakarta.inject.Inject
    public ResponseCache(CablesConfig config) {
        this(config.cache().maxBytes(), Duration.ofSeconds(config.cache().ttlSeconds()), ForkJoinPool.commonPool());
    }

    /**
     * @param listeners where Caffeine runs its removal listener (later, on another thread); tests pass one that runs
     *                  the listener exactly when they say, to make the race between it and a new put deterministic
     */
    ResponseCache(long maxBytes, Duration ttl, Executor listeners) {
        this.enabled = maxBytes > 0;
        this.responses = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, maxBytes))
                .weigher((String key, CachedResponse r) -> r.weight() + key.length())
                .expireAfterWrite(ttl)
                .executor(listeners)
                .removalListener((String key, CachedResponse value, RemovalCause cause) -> unindex(key, value))
                .build();
        this.stale = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, maxBytes / 4))
                .weigher((String key, CachedResponse r) -> r.weight() + key.length())
                .expireAfterWrite(ttl)
                .executor(listeners)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    CachedResponse get(String key) {
        return enabled ? responses.getIfPresent(key) : null;
    }

    /** A list or search page as it was before its group was last dropped, or null. */
    CachedResponse stale(String key) {
        return enabled ? stale.getIfPresent(key) : null;
    }

    /** The generation to hand back to {@link #put}: taken before the answer's data is read. */
    long generation() {
        return generation.get();
    }

    /**
     * Stores an answer unless its cable (or group) was invalidated since {@code readGeneration}: it may predate that
     * write.
     */
    void put(String key, String refId, CachedResponse response, long readGeneration) {
        var group = canonical(refId);
        if (!enabled || invalidatedSince(group, readGeneration)) {
            return;
        }
        keysByCable.computeIfAbsent(group, k -> new ConcurrentHashMap<>()).put(key, response);
        responses.put(key, response);
        stale.invalidate(key);
        if (invalidatedSince(group, readGeneration)) {
            // Invalidated while we stored: drop what we just put.
            responses.invalidate(key);
        }
    }

    /** Drops every answer about these cables (or list groups). */
    public void invalidate(Collection<String> refIds) {
        long now = generation.incrementAndGet();
        for (var refId : refIds) {
            var group = canonical(refId);
            // Marked before the keys go: a put that checks after this sees it; one that checked before is undone.
            invalidatedAt.accumulateAndGet(slot(group), now, Math::max);
            var keys = keysByCable.remove(group);
            if (keys != null) {
                if (group.equals(CacheKeys.LISTS) || group.equals(CacheKeys.SEARCHES)) {
                    keys.keySet().forEach(key -> {
                        var page = responses.getIfPresent(key);
                        if (page != null) {
                            stale.put(key, page);
                        }
                    });
                }
                responses.invalidateAll(keys.keySet());
            }
        }
    }

    public void invalidateAll() {
        long now = generation.incrementAndGet();
        for (int i = 0; i < SLOTS; i++) {
            invalidatedAt.accumulateAndGet(i, now, Math::max);
        }
        responses.invalidateAll();
        stale.invalidateAll();
        keysByCable.clear();
    }

    private boolean invalidatedSince(String group, long readGeneration) {
        return invalidatedAt.get(slot(group)) > readGeneration;
    }

    private static int slot(String group) {
        return (group.hashCode() & 0x7fffffff) % SLOTS;
    }

    /** How many answers are cached, and their bytes. */
    public long size() {
        return responses.estimatedSize();
    }

    private void unindex(String key, CachedResponse removed) {
        var refId = CacheKeys.refIdOf(key);
        if (refId != null) {
            var keys = keysByCable.get(refId);
            if (keys != null) {
                // Only if the key still stands for the very answer removed (identity: an equal answer stored since is
                // another entry, and must stay indexed).
                keys.computeIfPresent(key, (k, indexed) -> indexed == removed ? null : indexed);
            }
        }
    }

    static String canonical(String refId) {
        return refId.trim().toUpperCase(Locale.ROOT);
    }
}
