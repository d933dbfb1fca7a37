package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.PrintStream;

/** Lets tests in other packages run the import command as the command line does. */
@ApplicationScoped
public class ImportCommandAccess {

    private final ImportCommand command;

    public ImportCommandAccess(ImportCommand command) {
        this.command = command;
    }

    public int run(String[] args, PrintStream out) {
        return command.run(args, out);
    }
}
