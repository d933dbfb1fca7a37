package org.cablegate.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Caffeine runs the removal listener later, on another thread. Here it runs exactly when the test says, so the race
 * that let an old answer survive an import is played the same way every time: an answer invalidated, the same key
 * stored again, and only then the first answer's listener.
 */
class LateRemovalListenerTest {

    private static final String KEY = "/api/v1/cables/06ASTANA590";
    private static final String REF_ID = "06ASTANA590";

    /** Holds the listener's tasks until {@link #runAll()}: the thread Caffeine would have used, paused. */
    private static final class HeldListeners implements Executor {
        private final Queue<Runnable> held = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized int runAll() {
            int n = 0;
            for (Runnable task; (task = held.poll()) != null; n++) {
                task.run();
            }
            return n;
        }
    }

    private static CachedResponse answer(String text) {
        return new CachedResponse("application/json", "\"" + text + "\"", "max-age=300", null,
                text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerStoredAgainAfterAnInvalidationIsDroppedByTheNextImport() {
        var listeners = new HeldListeners();
        var cache = new ResponseCache(1 << 20, Duration.ofMinutes(5), listeners);

        cache.put(KEY, REF_ID, answer("first import"), cache.generation());
        cache.invalidate(java.util.List.of(REF_ID));           // the first import's answer goes
        var second = answer("second import");
        cache.put(KEY, REF_ID, second, cache.generation());    // read again after it, and stored
        assertSame(second, cache.get(KEY));

        assertTrue(listeners.runAll() >= 1, "the first answer's removal reached its listener late");

        cache.invalidate(java.util.List.of(REF_ID));           // a third import of the cable
        listeners.runAll();
        assertNull(cache.get(KEY), "the second answer must go with the third import, not live on until its TTL");
    }

    @Test
    void anAnswerReplacedUnderTheSameKeyStaysIndexed() {
        var listeners = new HeldListeners();
        var cache = new ResponseCache(1 << 20, Duration.ofMinutes(5), listeners);

        cache.put(KEY, REF_ID, answer("one"), cache.generation());
        // The same content again, as another entry: equal records, but not the one the listener removes.
        var again = answer("one");
        cache.put(KEY, REF_ID, again, cache.generation());
        assertTrue(listeners.runAll() >= 1, "the replaced entry's listener ran late");

        cache.invalidate(java.util.List.of(REF_ID));
        listeners.runAll();
        assertNull(cache.get(KEY), "the entry that replaced the first is dropped by the next import");
    }
}
