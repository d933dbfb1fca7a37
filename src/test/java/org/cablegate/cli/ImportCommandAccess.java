package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.PrintStream;

/** Lets tests in other packages run the import and facts commands as the command line does. */
@ApplicationScoped
public class ImportCommandAccess {

    private final ImportCommand command;
    private final FactsCommand facts;

    public ImportCommandAccess(ImportCommand command, FactsCommand facts) {
        this.command = command;
        this.facts = facts;
    }

    public int facts(String[] args, PrintStream out) {
        return facts.run(args, out);
    }

    public int run(String[] args, PrintStream out) {
        return command.run(args, out);
    }
}
