package org.cablegate.semantic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxGateTest {

    @Test
    void letsCallsThroughUntilClosedThenRefusesThem() {
        var gate = new OnnxGate();
        assertEquals("vector", gate.call(() -> "vector"));
        assertTrue(gate.closeAndDrain(Duration.ofMillis(10)), "nothing was inside");
        assertThrows(EmbedderStopped.class, () -> gate.call(() -> "vector"));
    }

    @Test
    void closingWaitsForTheCallInsideToReturn() throws Exception {
        var gate = new OnnxGate();
        var entered = new CountDownLatch(1);
        var returned = new AtomicBoolean();
        var worker = new Thread(() -> gate.call(() -> {
            entered.countDown();
            sleep(300);
            returned.set(true);
            return null;
        }));
        worker.start();
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        assertTrue(gate.closeAndDrain(Duration.ofSeconds(10)), "the call inside returned within the drain");
        assertTrue(returned.get(), "the gate drained only after the call inside had returned");
        worker.join();
    }

    @Test
    void closingGivesUpOnACallThatOutlastsTheDrain() throws Exception {
        var gate = new OnnxGate();
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var worker = new Thread(() -> gate.call(() -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        worker.start();
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        assertFalse(gate.closeAndDrain(Duration.ofMillis(200)), "a call still inside");
        release.countDown();
        worker.join();
        assertTrue(gate.closeAndDrain(Duration.ofMillis(10)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
