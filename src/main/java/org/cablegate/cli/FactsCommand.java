package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;
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
        long started = System.nanoTime();
        var terminal = System.console() != null;
        long[] shown = {0};
        try {
            var totals = reextraction.run(done -> {
                long now = System.nanoTime();
                if (now - shown[0] > (terminal ? 250_000_000L : 10_000_000_000L)) {
                    shown[0] = now;
                    out.printf(Locale.ROOT, terminal ? "\r%,d cables  %,.0f cables/s\u001b[K" : "%,d cables  %,.0f cables/s%n",
                            done, done / Math.max((now - started) / 1e9, 0.001));
                }
            });
            cache.invalidateAll();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "%sRe-extracted the facts of %,d cables in %s: %,d facts (%,.0f cables/s)%n",
                    terminal ? "\r" : "", totals.cables(), ProgressBar.duration(seconds), totals.facts(),
                    totals.cables() / Math.max(seconds, 0.001));
            return 0;
        } catch (StoreUnavailableException e) {
            out.println("\nfacts: " + e.getMessage() + " (batches before it are done; run it again)");
            return 1;
        }
    }
}
