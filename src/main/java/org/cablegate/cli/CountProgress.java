package org.cablegate.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Progress of a command that walks the stored cables (reindex, facts): cables done and rate, redrawn in place on a
 * terminal, a line every ten seconds in a log, as {@link ProgressBar} does for imports.
 */
final class CountProgress implements LongConsumer {

    private final PrintStream out;
    private final String what;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long shownAt;

    /** {@code what}: the words after the count ({@code "cables indexed"}). */
    CountProgress(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - shownAt > (terminal ? 250_000_000L : 10_000_000_000L)) {
            shownAt = now;
            out.printf(Locale.ROOT, terminal ? "\r%,d %s  %,.0f cables/s\u001b[K" : "%,d %s  %,.0f cables/s%n",
                    done, what, rate(done));
        }
    }

    /** Cables a second since the command started. */
    double rate(long done) {
        return done / Math.max(seconds(), 0.001);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** What starts the summary line: a carriage return over the redrawn line on a terminal. */
    String summaryStart() {
        return terminal ? "\r" : "";
    }
}
