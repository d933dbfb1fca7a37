package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.search.SearchReindex;
import org.cablegate.search.VectorIndexer;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code reindex}: rebuilds the search index from the database, with progress, then exits. {@code reindex --vectors}:
 * writes the paragraph vectors of every cable in the index that has none (what the service's background indexer does),
 * then exits.
 */
@ApplicationScoped
public class ReindexCommand {

    private final SearchReindex reindex;
    private final VectorIndexer vectors;

    public ReindexCommand(SearchReindex reindex, VectorIndexer vectors) {
        this.reindex = reindex;
        this.vectors = vectors;
    }

    int runVectors(PrintStream out) {
        var progress = new CountProgress(out, "cables with vectors");
        try {
            long texts = vectors.runToEnd(progress);
            out.printf(Locale.ROOT, "%sEmbedded %,d subjects and paragraphs in %s (%,.0f a second)%n",
                    progress.summaryStart(), texts, ProgressBar.duration(progress.seconds()), progress.rate(texts));
            return 0;
        } catch (RuntimeException e) {
            out.println("\nreindex --vectors: " + e.getMessage());
            return 1;
        }
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
