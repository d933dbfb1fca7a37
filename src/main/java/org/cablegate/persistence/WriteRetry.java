package org.cablegate.persistence;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a whole write transaction again when the database says it may succeed the next time: on a Galera cluster every
 * commit may fail certification against another node's (error 1213, SQLState 40001), and a node may vanish
 * mid-transaction (the driver's failover URL then connects to the next node, and the transaction is lost with it).
 *
 * <p>A write given to this class must be idempotent as a whole: run twice (its first commit may have reached the
 * cluster before the connection broke), it must leave what one run leaves. The cable writer is: a cable already
 * stored with the same content is "unchanged".
 */
public final class WriteRetry {

    private static final Logger LOG = Logger.getLogger(WriteRetry.class);
    /** Certification conflicts and deadlocks are resolved in milliseconds: a few tries, then the caller hears. */
    static final int CONFLICT_ATTEMPTS = 12;

    /** A unit of work on its own connection and transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private WriteRetry() {
    }

    /**
     * Runs {@code work}, again after a conflict (up to {@link #CONFLICT_ATTEMPTS} times, and beyond that for as long as
     * {@code outageBudget}) and again after the loss of the database for as long as {@code outageBudget} (zero: an
     * outage is the caller's at once, for requests that must answer 503 quickly).
     */
    public static <T> T run(Work<T> work, Duration outageBudget) throws SQLException {
        long start = System.nanoTime();
        int conflicts = 0;
        long pause = 20;
        while (true) {
            try {
                return work.run();
            } catch (SQLException e) {
                var kind = kindOf(e);
                boolean withinBudget = System.nanoTime() - start < outageBudget.toNanos();
                // A conflict gets its few quick tries; a write that may wait for a failover (an import's batch) may
                // also wait out a run of conflicts: on a cluster slowed by a node's loss and rejoin, a long batch
                // lost 12 certifications in a row to single-cable writes through the other replica (CI, 2026-12-07).
                boolean again = switch (kind) {
                    case CONFLICT -> ++conflicts < CONFLICT_ATTEMPTS || withinBudget;
                    case OUTAGE -> withinBudget;
                    case FINAL -> false;
                };
                if (!again) {
                    throw e;
                }
                if (kind == Kind.CONFLICT && conflicts == CONFLICT_ATTEMPTS) {
                    LOG.infof("A write lost %d conflicts in a row (SQLState %s); trying again for up to %s",
                            conflicts, e.getSQLState(), outageBudget);
                }
                LOG.debugf("Write retried after %s (SQLState %s, error %d)", kind, e.getSQLState(), e.getErrorCode());
                sleep(pause + ThreadLocalRandom.current().nextLong(pause));
                boolean longWait = kind == Kind.OUTAGE || conflicts >= CONFLICT_ATTEMPTS;
                pause = Math.min(longWait ? 1_000 : 200, pause * 2);
            }
        }
    }

    /** What a failed write means for trying it again. */
    public enum Kind {
        /** Another transaction won (deadlock, lock wait, Galera certification, a duplicate key inserted meanwhile). */
        CONFLICT,
        /** The node went away or refuses work (lost quorum, shutting down, unreachable). */
        OUTAGE,
        /** Anything else: the same write would fail the same way. */
        FINAL
    }

    public static Kind kindOf(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                var state = s.getSQLState() == null ? "" : s.getSQLState();
                int code = s.getErrorCode();
                // 1047 (WSREP has not yet prepared node for application use, 08S01): a node without quorum.
                // 25S03: the driver reconnected to another node and says the transaction in progress was lost.
                // 70100 / 1317: the query was interrupted (a node leaving the cluster aborts its transactions).
                if (state.startsWith("08") || "25S03".equals(state) || code == 1047 || code == 1317
                        || "70100".equals(state) || nodeOutOfCluster(s.getMessage())) {
                    return Kind.OUTAGE;
                }
                if (state.startsWith("40") || code == 1213 || code == 1205 || code == 1062) {
                    return Kind.CONFLICT;
                }
            }
        }
        return DatabaseOutage.explains(e) ? Kind.OUTAGE : Kind.FINAL;
    }

    /**
     * A node cut off from the cluster refuses a commit with a generic error (HY000): "Error while appending streaming
     * replication fragment (provider status: Not connected to Primary Component)", seen here while a node was frozen.
     */
    private static boolean nodeOutOfCluster(String message) {
        return message != null && (message.contains("Primary Component") || message.contains("WSREP"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting to write again", e);
        }
    }
}
