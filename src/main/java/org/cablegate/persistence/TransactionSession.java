package org.cablegate.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Which server session a write transaction runs in, checked again before its commit.
 *
 * <p>Why: through a failover URL, MariaDB's driver answers a broken connection by connecting to the next host and, when
 * it believes no transaction was open, running the failed statement again there. Its belief comes from the server
 * status of the last reply, which is not always current; then the statements before the break are lost with the old
 * session, and the ones after it commit alone in the new one. Seen here: a cable answered "created" that no node held
 * (its row was inserted in the lost session, its change-log row committed in the new one), and children refused with
 * a foreign-key error for a cable row the new session never saw. A transaction that finds itself in another session
 * than the one it began in is refused as an outage, so that it is run again whole.
 */
record TransactionSession(String id) {

    /** The server, port and connection id this connection is talking to now. */
    static TransactionSession of(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT CONCAT(@@hostname, ':', @@port, '#', CONNECTION_ID())")) {
            rs.next();
            return new TransactionSession(rs.getString(1));
        }
    }

    /** Fails, as a lost connection does, when the connection now talks to another session than this one. */
    void verify(Connection connection) throws SQLException {
        var now = of(connection);
        if (!now.equals(this)) {
            throw lost(now, null);
        }
    }

    /**
     * The error to report for {@code failure}: itself, unless the connection moved to another session meanwhile, in
     * which case the failure (a foreign key the new session cannot see, say) says nothing about the data and the whole
     * transaction is to be run again.
     */
    SQLException explain(Connection connection, SQLException failure) {
        if (WriteRetry.kindOf(failure) != WriteRetry.Kind.FINAL) {
            return failure;
        }
        try {
            var now = of(connection);
            return now.equals(this) ? failure : lost(now, failure);
        } catch (SQLException unreachable) {
            return lost(null, failure);
        }
    }

    private SQLTransientConnectionException lost(TransactionSession now, SQLException cause) {
        return new SQLTransientConnectionException("the transaction begun in session " + id
                + " continued in " + (now == null ? "an unreachable one" : now.id)
                + " after a failover: its first statements were lost", "25S03", cause);
    }
}
