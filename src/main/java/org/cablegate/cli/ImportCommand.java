package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.bulk.DumpInput;
import org.cablegate.bulk.ImportJobs;
import org.cablegate.bulk.ImportTally;
import org.cablegate.persistence.StoreUnavailableException;
import org.cablegate.search.IndexOnWrite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code import FILE}: loads a {@code cables.csv} dump (plain or gzip; {@code -} for standard input) into the
 * database the service uses, with a progress bar and a summary. Exit status 0 when every row was read (rejected rows
 * are reported, not fatal), 1 when the input or the database failed, 2 for a wrong command line.
 */
@ApplicationScoped
public class ImportCommand {

    private static final int LISTED_REJECTIONS = 20;

    private final ImportJobs jobs;
    private final IndexOnWrite search;

    public ImportCommand(ImportJobs jobs, IndexOnWrite search) {
        this.jobs = jobs;
        this.search = search;
    }

    int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: java -jar quarkus-run.jar import FILE   (FILE: a cables.csv dump, plain or .gz; - for standard input)");
            return 2;
        }
        var file = args[1];
        if (!"-".equals(file) && !Files.isReadable(Path.of(file))) {
            out.println("import: cannot read " + file);
            return 1;
        }
        try (var input = DumpInput.open(file)) {
            var source = "-".equals(file) ? "standard input" : Path.of(file).toAbsolutePath().toString();
            var id = jobs.create("import " + source, input.size());
            out.printf(Locale.ROOT, "Importing %s%s (job %s)%n", source, input.gzip() ? " (gzip)" : "", id);
            var bar = new ProgressBar(out, System.console() != null);
            var tally = jobs.run(id, input, bar);
            bar.finish(tally);
            if (search.enabled()) {
                search.drain();
            }
            summary(out, tally);
            if (!search.enabled() && tally.created() + tally.updated() > 0) {
                out.println("Search: the service indexes these cables from the change log (an empty search index is "
                        + "rebuilt when it starts); meanwhile they are read and listed, and found once indexed.");
            }
            return 0;
        } catch (NoSuchFileException e) {
            out.println("import: no such file " + file);
            return 1;
        } catch (IOException e) {
            out.println("\nimport: the input could not be read: " + e.getMessage()
                    + " (rows before it are stored; run the same command again to finish)");
            return 1;
        } catch (org.cablegate.bulk.ImportInterruptedException e) {
            out.println("\nimport: " + e.getMessage());
            return 1;
        } catch (StoreUnavailableException e) {
            out.println("\nimport: " + e.getMessage()
                    + " (rows before it are stored; run the same command again to finish)");
            return 1;
        }
    }

    private static void summary(PrintStream out, ImportTally t) {
        out.printf(Locale.ROOT, "Done in %s: %,d rows, %,d created, %,d unchanged, %,d updated, %,d rejected (%,.0f cables/s)%n",
                ProgressBar.duration(t.elapsedSeconds()), t.rows(), t.created(), t.unchanged(), t.updated(),
                t.rejected(), t.rows() / Math.max(t.elapsedSeconds(), 0.001));
        var rejections = t.rejections();
        for (int i = 0; i < Math.min(LISTED_REJECTIONS, rejections.size()); i++) {
            var r = rejections.get(i);
            out.printf(Locale.ROOT, "  rejected row %d (line %d%s): %s%n", r.row(), r.line(),
                    r.refId() == null ? "" : ", " + r.refId(), r.reason());
        }
        if (t.rejected() > LISTED_REJECTIONS) {
            out.printf(Locale.ROOT, "  … and %,d more rejected rows%n", t.rejected() - LISTED_REJECTIONS);
        }
    }
}
