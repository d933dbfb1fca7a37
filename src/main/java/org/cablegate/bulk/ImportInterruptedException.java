package org.cablegate.bulk;

/** The service is shutting down: the import stopped between two batches; running it again finishes it. */
public class ImportInterruptedException extends RuntimeException {

    public ImportInterruptedException(long rowsDone) {
        super("the service is shutting down: the import stopped after row " + rowsDone
                + ", every batch before it stored whole; run it again to finish (stored rows are skipped)");
    }
}
