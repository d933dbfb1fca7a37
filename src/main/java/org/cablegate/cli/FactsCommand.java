package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.bulk.CablePreparer;
import org.cablegate.cache.ResponseCache;
import org.cablegate.persistence.FactReextraction;
import org.cablegate.persistence.StoreUnavailableException;

import java.io.PrintStream;
import java.util.Locale;

/** {@code facts --reextract}: every stored paragraph's facts extracted again with the current vocabulary. */
@ApplicationScoped
public class FactsCommand {

    private final FactReextraction reextraction;
    private final ResponseCache cache;

    public FactsCommand(FactReextraction reextraction, ResponseCache cache) {
        this.reextraction = reextraction;
        this.cache = cache;
    }

    int run(String[] args, PrintStream out) {
        if (args.length != 2 || !"--reextract".equals(args[1])) {
            out.println("usage: java -jar quarkus-run.jar facts --reextract");
            return 2;
        }
        var progress = new CountProgress(out, "cables");
        try {
            var totals = reextraction.run(new CablePreparer()::facts, progress);
            cache.invalidateAll();
            out.printf(Locale.ROOT, "%sRe-extracted the facts of %,d cables in %s: %,d facts (%,.0f cables/s)%n",
                    progress.summaryStart(), totals.cables(), ProgressBar.duration(progress.seconds()), totals.facts(),
                    progress.rate(totals.cables()));
            return 0;
        } catch (StoreUnavailableException e) {
            out.println("\nfacts: " + e.getMessage() + " (batches before it are done; run it again)");
            return 1;
        }
    }
}
