package org.cablegate.cache;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersInFlightTest {

    /** A waiter equal only to itself (a stand-in request with identity equality). */
    private static AnswersInFlight.Waiter waiter() {
        var request = (io.vertx.ext.web.RoutingContext) java.lang.reflect.Proxy.newProxyInstance(
                AnswersInFlightTest.class.getClassLoader(), new Class<?>[]{io.vertx.ext.web.RoutingContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
        return new AnswersInFlight.Waiter(request, null);
    }

    @Test
    void identicalMissesWaitForTheFirstAndAreHandedBackOnce() {
        var inFlight = new AnswersInFlight();
        var token = inFlight.lead("/api/v1/cables?q=oil", waiter());
        assertNotNull(token, "the first request computes");
        var second = waiter();
        var third = waiter();
        assertNull(inFlight.lead("/api/v1/cables?q=oil", second), "the second waits");
        assertNull(inFlight.lead("/api/v1/cables?q=oil", third), "the third waits");
        assertNotNull(inFlight.lead("/api/v1/cables?q=gas", waiter()), "another page is computed at once");

        assertEquals(List.of(second, third), inFlight.finish("/api/v1/cables?q=oil", token));
        assertEquals(List.of(), inFlight.finish("/api/v1/cables?q=oil", token), "handed back once, never twice");
        assertNotNull(inFlight.lead("/api/v1/cables?q=oil", waiter()), "after the end a new miss computes again");
    }

    @Test
    void aLateFinishOfAnEndedComputationLeavesTheNextOneAlone() {
        var inFlight = new AnswersInFlight();
        var first = inFlight.lead("k", waiter());
        inFlight.finish("k", first);
        var second = inFlight.lead("k", waiter());
        var parked = waiter();
        assertNull(inFlight.lead("k", parked));
        assertEquals(List.of(), inFlight.finish("k", first), "the first's end handler firing again");
        assertEquals(List.of(parked), inFlight.finish("k", second));
        assertEquals(0, inFlight.computing());
    }

    @Test
    void noWaiterIsLostWhenFinishRacesWithNewMisses() throws Exception {
        var inFlight = new AnswersInFlight();
        var pool = Executors.newFixedThreadPool(4);
        var handedBack = new ConcurrentLinkedQueue<AnswersInFlight.Waiter>();
        var leaders = new ConcurrentLinkedQueue<AnswersInFlight.Waiter>();
        var parked = new ConcurrentLinkedQueue<AnswersInFlight.Waiter>();
        var done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    var w = waiter();
                    var token = inFlight.lead("k", w);
                    if (token == null) {
                        parked.add(w);
                    } else {
                        leaders.add(w);
                        handedBack.addAll(inFlight.finish("k", token));
                    }
                }
                done.countDown();
            });
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(0, inFlight.computing());
        assertEquals(80_000, leaders.size() + parked.size());
        var back = new java.util.HashSet<>(handedBack);
        assertEquals(handedBack.size(), back.size(), "none handed back twice");
        assertEquals(new java.util.HashSet<>(parked), back, "every parked request is handed back");
    }
}
