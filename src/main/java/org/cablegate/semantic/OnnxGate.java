package org.cablegate.semantic;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps calls into the ONNX runtime and the JVM's exit apart. The runtime releases its native environment from a JVM
 * shutdown hook of its own ({@code OrtEnvironment$OrtEnvCloser}), which runs beside every other hook: a thread still
 * loading the model or embedding then used freed memory, and the JVM died of SIGSEGV instead of stopping (seen: a
 * SIGTERM 4.6 s after a start, while the background indexer loaded the model; the embedded MariaDB's own stop was cut
 * short with it). On SIGTERM, SIGINT or SIGHUP this gate closes first: new calls are refused with
 * {@link EmbedderStopped}, the calls inside may finish (up to {@link #DRAIN}), and only then does the JVM's usual
 * handling of the signal begin its shutdown.
 */
public final class OnnxGate {

    /** How long a signal waits for the calls inside: a batch of 64 paragraphs takes about a second on 2 cores. */
    static final Duration DRAIN = Duration.ofSeconds(10);
    static final OnnxGate RUNTIME = new OnnxGate();

    private int inside;
    private boolean closed;
    private boolean signalsWatched;

    /** Runs {@code work} inside the gate; refused with {@link EmbedderStopped} once the gate is closed. */
    <T> T call(Supplier<T> work) {
        synchronized (this) {
            if (closed) {
                throw new EmbedderStopped();
            }
            inside++;
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                inside--;
                notifyAll();
            }
        }
    }

    /** Refuses new calls and waits up to {@code timeout} for those inside; true when none is left inside. */
    synchronized boolean closeAndDrain(Duration timeout) {
        closed = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inside > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inside == 0;
            }
        }
        return true;
    }

    /**
     * Puts the gate in front of the JVM's own handling of the stop signals, once: the previous handler (the JVM's,
     * which starts the shutdown hooks) runs after the gate has drained.
     */
    synchronized void watchStopSignals() {
        if (signalsWatched) {
            return;
        }
        signalsWatched = true;
        for (var name : List.of("TERM", "INT", "HUP")) {
            try {
                var signal = new Signal(name);
                var previous = new SignalHandler[1];
                previous[0] = Signal.handle(signal, s -> {
                    closeAndDrain(DRAIN);
                    chain(previous[0], s);
                });
            } catch (IllegalArgumentException e) {
                // Not handled on this platform, or the JVM runs with -Xrs: the JVM's own handling stays.
            }
        }
    }

    private static void chain(SignalHandler previous, Signal signal) {
        if (previous == null || previous == SignalHandler.SIG_DFL || previous == SignalHandler.SIG_IGN) {
            if (previous != SignalHandler.SIG_IGN) {
                System.exit(128 + signal.getNumber());
            }
            return;
        }
        previous.handle(signal);
    }
}
