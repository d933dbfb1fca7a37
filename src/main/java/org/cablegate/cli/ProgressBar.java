package org.cablegate.cli;

import org.cablegate.bulk.ImportListener;
import org.cablegate.bulk.ImportTally;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress on the terminal: cables and bytes done, rate, ETA. Redrawn in place on a terminal; a line
 * every ten seconds when the output is a file or a pipe (a log must not fill with carriage returns).
 */
final class ProgressBar implements ImportListener {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private long drawnAt;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void progress(ImportTally tally) {
        long now = System.nanoTime();
        if (now - drawnAt < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        drawnAt = now;
        var line = line(tally);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    void finish(ImportTally tally) {
        if (terminal) {
            out.print("\r" + line(tally) + "\u001b[K\n");
            out.flush();
        }
    }

    static String line(ImportTally t) {
        double seconds = Math.max(t.elapsedSeconds(), 0.001);
        var rate = t.rows() / seconds;
        var bytesRate = t.bytesDone() / seconds;
        var text = new StringBuilder();
        if (t.bytesTotal() != null && t.bytesTotal() > 0) {
            double done = Math.min(1.0, (double) t.bytesDone() / t.bytesTotal());
            int filled = (int) Math.round(done * WIDTH);
            text.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
        }
        text.append(String.format(Locale.ROOT, "%,d cables  %s", t.rows(), bytes(t.bytesDone())));
        if (t.bytesTotal() != null) {
            text.append(" / ").append(bytes(t.bytesTotal()));
        }
        text.append(String.format(Locale.ROOT, "  %,.0f cables/s  %s/s", rate, bytes((long) bytesRate)));
        if (t.bytesTotal() != null && bytesRate > 0 && t.bytesDone() > 0) {
            text.append("  ETA ").append(duration((t.bytesTotal() - t.bytesDone()) / bytesRate));
        }
        if (t.rejected() > 0) {
            text.append(String.format(Locale.ROOT, "  %,d rejected", t.rejected()));
        }
        return text.toString();
    }

    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f kB", n / 1024.0);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
