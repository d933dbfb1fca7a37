package org.cablegate.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;

/**
 * Proof that a write transaction commits as the one transaction it began as, checked just before its commit.
 *
 * <p>Why, seen on the Galera cluster:
 * <ul>
 *   <li>Through a failover URL, MariaDB's driver answers a broken connection by connecting to the next host and, when
 *   it believes no transaction is open, running the failed statement again there: the statements before the break are
 *   lost with the old session and the ones after it commit alone in the new one (a cable answered "created" that no
 *   node held; children refused with a foreign-key error for a cable row the new session never saw).</li>
 *   <li>A node leaving the cluster (a clean shutdown) rolled a transaction back between two statements without an
 *   error to the client; the statements after it ran in a new transaction and committed (a batch's facet counts
 *   without its cables).</li>
 * </ul>
 * The transaction's first statement inserts a token into {@code write_token}; its last before the commit deletes it
 * and must delete exactly one row, which only the transaction that inserted it can see. The server session (host,
 * port, connection id) is noted too, so that a failure after a failover is reported as the outage it is and not as
 * the refusal it looks like.
 */
final class TransactionSession {

    private final String session;
    private final String token;

    private TransactionSession(String session, String token) {
        this.session = session;
        this.token = token;
    }

    /** Opens the proof: call first thing after {@code setAutoCommit(false)}. */
    static TransactionSession begin(Connection connection) throws SQLException {
        var proof = new TransactionSession(sessionOf(connection), UUID.randomUUID().toString().replace("-", ""));
        try (var insert = connection.prepareStatement("INSERT INTO write_token (token) VALUES (?)")) {
            insert.setString(1, proof.token);
            insert.executeUpdate();
        }
        return proof;
    }

    /** Fails unless this is still the transaction {@link #begin} opened; call last thing before the commit. */
    void verify(Connection connection) throws SQLException {
        var now = sessionOf(connection);
        if (!now.equals(session)) {
            throw lost(now, null);
        }
        try (var delete = connection.prepareStatement("DELETE FROM write_token WHERE token = ?")) {
            delete.setString(1, token);
            if (delete.executeUpdate() != 1) {
                throw new SQLTransactionRollbackException("the transaction was rolled back under its statements "
                        + "(its token is gone): its first statements were lost", "40001", 1213);
            }
        }
    }

    /**
     * The error to report for {@code failure}, asked before the rollback: itself, unless the transaction was lost under
     * it (the connection moved to another session, or the token is gone), in which case the failure (a foreign key to a
     * row the lost transaction inserted, say: seen in the soak on a node whose transaction was aborted by another
     * node's commit between two statements) says nothing about the data, and the whole write is to be run again.
     */
    SQLException explain(Connection connection, SQLException failure) {
        if (WriteRetry.kindOf(failure) != WriteRetry.Kind.FINAL) {
            return failure;
        }
        try {
            var now = sessionOf(connection);
            if (!now.equals(session)) {
                return lost(now, failure);
            }
            try (var select = connection.prepareStatement("SELECT COUNT(*) FROM write_token WHERE token = ?")) {
                select.setString(1, token);
                try (var rs = select.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        return failure;
                    }
                }
            }
            var rolledBack = new SQLTransactionRollbackException("the transaction was rolled back under its "
                    + "statements (its token is gone) before: " + failure.getMessage(), "40001", 1213);
            rolledBack.initCause(failure);
            return rolledBack;
        } catch (SQLException unreachable) {
            return lost(null, failure);
        }
    }

    /** The server, port and connection id this connection is talking to now. */
    private static String sessionOf(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT CONCAT(@@hostname, ':', @@port, '#', CONNECTION_ID())")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private SQLTransientConnectionException lost(String now, SQLException cause) {
        return new SQLTransientConnectionException("the transaction begun in session " + session + " continued in "
                + (now == null ? "an unreachable one" : now) + " after a failover: its first statements were lost",
                "25S03", cause);
    }
}
