package org.cablegate.ingest;

/** Text that is not a cable: says what is missing and where. */
public class CableParseException extends Exception {

    private final int line;

    /**
     * @param message what is missing or wrong, in words a caller can show
     * @param line    1-based line of the input where it was noticed, or 0 when it concerns the whole input
     */
    public CableParseException(String message, int line) {
        super(line > 0 ? message + " (line " + line + ")" : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
