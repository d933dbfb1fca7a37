package org.cablegate.persistence;

/** The database could not take a write (down, or locked for longer than the retries allow): nothing was written. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
