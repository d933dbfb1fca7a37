package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.search.SearchReindex;

import java.io.PrintStream;
import java.util.Locale;

/** {@code reindex}: rebuilds the search index from the database, with progress, then exits. */
@ApplicationScoped
public class ReindexCommand {

    private final SearchReindex reindex;

    public ReindexCommand(SearchReindex reindex) {
        this.reindex = reindex;
    }

    int run(PrintStream out) {
        long started = System.nanoTime();
        var terminal = System.console() != null;
        long[] shown = {0};
        try {
            long cables = reindex.rebuild(done -> {
                long now = System.nanoTime();
                if (now - shown[0] > (terminal ? 250_000_000L : 10_000_000_000L)) {
                    shown[0] = now;
                    double seconds = (now - started) / 1e9;
                    out.printf(Locale.ROOT, terminal ? "\r%,d cables indexed  %,.0f cables/s\u001b[K" : "%,d cables indexed  %,.0f cables/s%n",
                            done, done / Math.max(seconds, 0.001));
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "%sIndexed %,d cables in %s (%,.0f cables/s)%n", terminal ? "\r" : "", cables,
                    ProgressBar.duration(seconds), cables / Math.max(seconds, 0.001));
            return 0;
        } catch (RuntimeException e) {
            out.println("\nreindex: " + e.getMessage());
            return 1;
        }
    }
}
