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
        var progress = new CountProgress(out, "cables indexed");
        try {
            long cables = reindex.rebuild(progress);
            out.printf(Locale.ROOT, "%sIndexed %,d cables in %s (%,.0f cables/s)%n", progress.summaryStart(), cables,
                    ProgressBar.duration(progress.seconds()), progress.rate(cables));
            return 0;
        } catch (RuntimeException e) {
            out.println("\nreindex: " + e.getMessage());
            return 1;
        }
    }
}
