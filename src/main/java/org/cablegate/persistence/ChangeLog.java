package org.cablegate.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log replicas follow (table {@code cable_change}, migration V7): one row per cable whose stored content
 * or versions a batch changed, written in the batch's own transaction, so a row is visible exactly when its cable is.
 * {@code seq} grows with every row but rows may become visible out of seq order (concurrent transactions; Galera
 * steps AUTO_INCREMENT by its node count): a reader keeps re-reading a window behind what it has applied.
 */
public final class ChangeLog {

    /** One logged change. */
    public record Change(long seq, long cableId, String refId, Instant at) {
    }

    private ChangeLog() {
    }

    /** Logs the cables of a batch that were not left unchanged (new, rewritten, or given another version). */
    static void record(Connection connection, List<PreparedCable> batch, List<ImportOutcome> outcomes,
                       LocalDateTime now) throws SQLException {
        var refIds = new ArrayList<String>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) != ImportOutcome.UNCHANGED) {
                refIds.add(batch.get(i).refId());
            }
        }
        if (refIds.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement("INSERT INTO cable_change (cable_id, ref_id, changed_at) "
                + "SELECT id, ref_id, ? FROM cable WHERE ref_id IN (" + StoredCables.placeholders(refIds.size())
                + ") ORDER BY ref_id")) {
            insert.setObject(1, now);
            for (int i = 0; i < refIds.size(); i++) {
                insert.setString(i + 2, refIds.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** Changes with a seq above {@code after}, in seq order, at most {@code limit}. */
    public static List<Change> after(Connection connection, long after, int limit) throws SQLException {
        try (var select = connection.prepareStatement("SELECT seq, cable_id, ref_id, changed_at FROM cable_change "
                + "WHERE seq > ? ORDER BY seq LIMIT ?")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            var changes = new ArrayList<Change>();
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
            return changes;
        }
    }

    /**
     * The highest seq among rows written before {@code before} (0 if none): a rebuild that starts reading the
     * cables at some time has seen every change logged a safe margin before it.
     */
    public static long lastSeqBefore(Connection connection, Instant before) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM cable_change WHERE changed_at < ?")) {
            select.setObject(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC));
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The highest seq pruning has deleted: a reader that applied less than this missed changes. */
    public static long prunedThrough(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT through_seq FROM cable_change_pruned WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Deletes the rows written before {@code before} and remembers the highest seq deleted, in one transaction.
     * Replicas may all prune: a second pruning finds nothing to do.
     *
     * @return the rows deleted
     */
    public static int prune(Connection connection, Instant before) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        var session = TransactionSession.begin(connection);
        try {
            long through = lastSeqBefore(connection, before);
            int deleted = 0;
            if (through > 0) {
                try (var mark = connection.prepareStatement(
                        "UPDATE cable_change_pruned SET through_seq = GREATEST(through_seq, ?) WHERE id = 1");
                     var delete = connection.prepareStatement("DELETE FROM cable_change WHERE seq <= ?")) {
                    mark.setLong(1, through);
                    mark.executeUpdate();
                    delete.setLong(1, through);
                    deleted = delete.executeUpdate();
                }
            }
            session.verify(connection);
            connection.commit();
            return deleted;
        } catch (SQLException e) {
            var reported = session.explain(connection, e);
            connection.rollback();
            throw reported;
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
