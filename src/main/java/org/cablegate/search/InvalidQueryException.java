package org.cablegate.search;

/** A query that cannot be searched for; its message says why, in words a caller can act on. */
public class InvalidQueryException extends Exception {

    public InvalidQueryException(String message) {
        super(message, null, false, false);
    }
}
