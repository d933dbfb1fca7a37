package org.cablegate.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * What {@code java -jar quarkus-run.jar [command]} does: no command serves the API; {@code import FILE} loads a dump
 * and exits; {@code reindex} rebuilds the search index from the database and exits; {@code reindex --vectors} writes
 * the missing paragraph vectors and exits.
 */
public class CablegateCommand implements QuarkusApplication {

    public static final String IMPORT = "import";
    public static final String REINDEX = "reindex";

    @Inject
    ImportCommand importCommand;

    @Inject
    ReindexCommand reindexCommand;

    @Inject
    FactsCommand factsCommand;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (IMPORT.equals(args[0])) {
            return importCommand.run(args, System.out);
        }
        if ("facts".equals(args[0])) {
            return factsCommand.run(args, System.out);
        }
        if (REINDEX.equals(args[0]) && args.length == 1) {
            return reindexCommand.run(System.out);
        }
        if (REINDEX.equals(args[0]) && args.length == 2 && "--vectors".equals(args[1])) {
            return reindexCommand.runVectors(System.out);
        }
        System.out.println("unknown command '" + String.join(" ", args)
                + "'; commands: import FILE, reindex, reindex --vectors, facts --reextract (no command: serve the API)");
        return 2;
    }

    /** Whether these arguments run a command that exits, rather than the service. */
    public static boolean isCommand(String... args) {
        return args.length > 0;
    }
}
