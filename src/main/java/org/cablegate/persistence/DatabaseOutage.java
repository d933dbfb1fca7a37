package org.cablegate.persistence;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that is down or out of reach apart from every other failure: the first answers 503 and a retry
 * later succeeds, the second is a fault of ours (500). Reads wrap their SQL errors in whatever they like (Hibernate's
 * exceptions, IllegalStateException), so the whole cause chain is searched.
 */
public final class DatabaseOutage {

    /** Agroal's message when no connection came within the acquisition timeout (it sets no SQLState). */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        var seen = 0;
        for (var t = failure; t != null && seen < 20; t = t.getCause(), seen++) {
            if (isOutage(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof SocketException || t instanceof EOFException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            var state = sql.getSQLState();
            // SQLState class 08: connection exception (refused, lost, timed out); HY000 with Agroal's timeout message.
            return (state != null && state.startsWith("08"))
                    || (sql.getMessage() != null && sql.getMessage().contains(ACQUISITION_TIMEOUT));
        }
        // Hibernate's JDBCConnectionException, matched by name: this package does not depend on Hibernate.
        return t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
    }
}
