package org.cablegate.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.config.CablesConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered answers of the per-cable reads (cable, paragraphs, posts, facts, pages), by request URI, bounded by bytes.
 * Hits are served from the HTTP event loop without a database round trip ({@link CacheFilters}).
 *
 * <p>Correctness rests on invalidation: every committed import names the cables it changed, and their answers, and
 * those of the cables that cite them or that they cite, are dropped at once. An answer computed while an import
 * commits is not stored (the generation check), so a stale answer can never be cached after its invalidation. Entries
 * also expire after the answers' own max-age, which bounds staleness on replicas that did not run the import.
 */
@ApplicationScoped
public class ResponseCache {

    private final Cache<String, CachedResponse> responses;
    /** Keys by canonical reference ID, to drop one cable's answers without scanning the cache. */
    private final ConcurrentHashMap<String, Set<String>> keysByCable = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    public ResponseCache(CablesConfig config) {
        this.enabled = config.cache().maxBytes() > 0;
        this.responses = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, config.cache().maxBytes()))
                .weigher((String key, CachedResponse r) -> r.weight() + key.length())
                .expireAfterWrite(Duration.ofSeconds(config.cache().ttlSeconds()))
                .removalListener((String key, CachedResponse value, RemovalCause cause) -> unindex(key))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    CachedResponse get(String key) {
        return enabled ? responses.getIfPresent(key) : null;
    }

    /** The generation to hand back to {@link #put}: taken before the answer's data is read. */
    long generation() {
        return generation.get();
    }

    /** Stores an answer unless an import committed since {@code readGeneration}: it may predate that import. */
    void put(String key, String refId, CachedResponse response, long readGeneration) {
        if (!enabled || generation.get() != readGeneration) {
            return;
        }
        keysByCable.computeIfAbsent(canonical(refId), k -> ConcurrentHashMap.newKeySet()).add(key);
        responses.put(key, response);
        if (generation.get() != readGeneration) {
            // An import committed while we stored: drop what we just put.
            responses.invalidate(key);
        }
    }

    /** Drops every answer about these cables. */
    public void invalidate(Collection<String> refIds) {
        generation.incrementAndGet();
        for (var refId : refIds) {
            var keys = keysByCable.remove(canonical(refId));
            if (keys != null) {
                responses.invalidateAll(keys);
            }
        }
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        responses.invalidateAll();
        keysByCable.clear();
    }

    /** How many answers are cached, and their bytes. */
    public long size() {
        return responses.estimatedSize();
    }

    private void unindex(String key) {
        var refId = CacheKeys.refIdOf(key);
        if (refId != null) {
            var keys = keysByCable.get(refId);
            if (keys != null) {
                keys.remove(key);
            }
        }
    }

    static String canonical(String refId) {
        return refId.trim().toUpperCase(Locale.ROOT);
    }
}
