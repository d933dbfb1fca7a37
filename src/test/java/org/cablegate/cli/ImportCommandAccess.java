package org.cablegate.cli;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/** Lets tests in other packages run the import and facts commands as the command line does. */
@ApplicationScoped
public class ImportCommandAccess {

    private final ImportCommand command;
    private final FactsCommand facts;

    public ImportCommandAccess(ImportCommand command, FactsCommand facts) {
        this.command = command;
        this.facts = facts;
    }

    /** What a command printed and the status it exited with. */
    public record Outcome(int status, String output) {
    }

    /** Runs the import command as {@code java -jar … import …} would, with what it prints captured. */
    public Outcome run(String... args) {
        return captured(out -> command.run(args, out));
    }

    /** Runs the facts command as {@code java -jar … facts …} would, with what it prints captured. */
    public Outcome facts(String... args) {
        return captured(out -> facts.run(args, out));
    }

    private static Outcome captured(ToIntFunction<PrintStream> command) {
        var bytes = new ByteArrayOutputStream();
        int status = command.applyAsInt(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Outcome(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
