package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Import jobs and their rejected rows, in plain JDBC with autocommit: progress is visible to every reader at once. */
@ApplicationScoped
public class ImportJobStore {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** Rejections listed in a job's answer; all of them are counted and kept in the table. */
    public static final int LISTED_REJECTIONS = 1000;

    /**
     * A job's bookkeeping waits for a lost node as long as its batches do (the same row again is harmless): a job
     * must not fail over its progress line when its cables were written.
     */
    private static final java.time.Duration FAILOVER_WAIT = java.time.Duration.ofSeconds(120);
    /** A job's creation answers a request: a short wait, then the client's 503. */
    private static final java.time.Duration REQUEST_FAILOVER_WAIT = java.time.Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;

    public ImportJobStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void create(String id, String source, Long bytesTotal, String spoolFile) {
        update(REQUEST_FAILOVER_WAIT, """
                INSERT INTO import_job (id, source, state, bytes_total, started_at, spool_file)
                VALUES (?, ?, 'running', ?, ?, ?)""", id, truncate(source, 255), bytesTotal,
                CableBatchWriter.utc(Instant.now()), spoolFile);
    }

    /** Progress after a batch, and the rows it rejected. */
    public void progress(String id, long rows, long bytes, long created, long unchanged, long updated, long rejected,
                         List<RowResult> newRejections) {
        try {
            WriteRetry.run(() -> {
                saveProgress(id, rows, bytes, created, unchanged, updated, rejected, newRejections);
                return null;
            }, FAILOVER_WAIT);
        } catch (SQLException e) {
            throw new StoreUnavailableException("job progress could not be saved: SQLState " + e.getSQLState(), e);
        }
    }

    private void saveProgress(String id, long rows, long bytes, long created, long unchanged, long updated,
                              long rejected, List<RowResult> newRejections) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var session = TransactionSession.begin(connection);
            try (var job = connection.prepareStatement("""
                    UPDATE import_job SET rows_done = ?, bytes_done = ?, created = ?, unchanged = ?, updated = ?,
                    rejected = ? WHERE id = ?""");
                 var reject = connection.prepareStatement("""
                         INSERT IGNORE INTO import_rejection (job_id, row_no, line, ref_id, reason)
                         VALUES (?, ?, ?, ?, ?)""")) {
                job.setLong(1, rows);
                job.setLong(2, bytes);
                job.setLong(3, created);
                job.setLong(4, unchanged);
                job.setLong(5, updated);
                job.setLong(6, rejected);
                job.setString(7, id);
                job.executeUpdate();
                for (var r : newRejections) {
                    reject.setString(1, id);
                    reject.setLong(2, r.row());
                    reject.setLong(3, r.line());
                    reject.setString(4, truncate(r.refId(), 64));
                    reject.setString(5, truncate(r.reason(), 1000));
                    reject.addBatch();
                }
                if (!newRejections.isEmpty()) {
                    reject.executeBatch();
                }
                session.verify(connection);
                connection.commit();
            } catch (SQLException e) {
                var reported = session.explain(connection, e);
                connection.rollback();
                throw reported;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    public void finish(String id, String state, String error) {
        update(FAILOVER_WAIT, "UPDATE import_job SET state = ?, finished_at = ?, error = ?, spool_file = NULL WHERE id = ?", state,
                CableBatchWriter.utc(Instant.now()), truncate(error, 2000), id);
    }

    /** Starts a job again after a restart: it was running when the service stopped. */
    public void restart(String id) {
        update(FAILOVER_WAIT, "UPDATE import_job SET state = 'running', finished_at = NULL, error = NULL WHERE id = ?", id);
    }

    public Optional<ImportJobRecord> find(String id) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT * FROM import_job WHERE id = ?")) {
            select.setString(1, id);
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(job(rs, rejections(connection, id)));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("job could not be read: SQLState " + e.getSQLState(), e);
        }
    }

    /** Jobs left running by a service that stopped: resumed at start. */
    public List<ImportJobRecord> running() {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT * FROM import_job WHERE state = 'running' ORDER BY started_at");
             var rs = select.executeQuery()) {
            var jobs = new ArrayList<ImportJobRecord>();
            while (rs.next()) {
                jobs.add(job(rs, List.of()));
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreUnavailableException("jobs could not be read: SQLState " + e.getSQLState(), e);
        }
    }

    private static List<RowResult> rejections(java.sql.Connection connection, String id) throws SQLException {
        try (var select = connection.prepareStatement("""
                SELECT row_no, line, ref_id, reason FROM import_rejection WHERE job_id = ?
                ORDER BY row_no LIMIT ?""")) {
            select.setString(1, id);
            select.setInt(2, LISTED_REJECTIONS);
            try (var rs = select.executeQuery()) {
                var rows = new ArrayList<RowResult>();
                while (rs.next()) {
                    rows.add(new RowResult(rs.getLong(1), rs.getLong(2), rs.getString(3), null, rs.getString(4)));
                }
                return rows;
            }
        }
    }

    private static ImportJobRecord job(ResultSet rs, List<RowResult> rejections) throws SQLException {
        long total = rs.getLong("bytes_total");
        Long bytesTotal = rs.wasNull() ? null : total;
        return new ImportJobRecord(rs.getString("id"), rs.getString("source"), rs.getString("state"),
                rs.getLong("rows_done"), rs.getLong("bytes_done"), bytesTotal, rs.getLong("created"),
                rs.getLong("unchanged"), rs.getLong("updated"), rs.getLong("rejected"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("error"), rs.getString("spool_file"), rejections);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
    }

    private void update(java.time.Duration failoverWait, String sql, Object... params) {
        try {
            WriteRetry.run(() -> {
                try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                        statement.setObject(i + 1, params[i]);
                    }
                    return statement.executeUpdate();
                }
            }, failoverWait);
        } catch (SQLException e) {
            throw new StoreUnavailableException("job could not be saved: SQLState " + e.getSQLState(), e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
