package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one write path for cables: upserts a batch of prepared cables by reference ID in a single transaction, with JDBC
 * batches for every table (the MariaDB driver sends each as one bulk command). A batch is all or nothing: a process
 * killed in the middle leaves no half-written cable, and importing the same input again skips what was committed.
 *
 * <p>A batch that fails for one bad cable is written again cable by cable, so that only that cable is refused.
 */
@ApplicationScoped
public class CableBatchWriter {

    private static final Logger LOG = Logger.getLogger(CableBatchWriter.class);
    /** How long one statement of a batch may wait on its socket. */
    static final int WRITE_SOCKET_TIMEOUT_MILLIS = 120_000;

    private final AgroalDataSource dataSource;
    private final Event<CablesWritten> written;
    private final Event<org.cablegate.versions.VersionsFiled> filed;
    private final boolean versionsEnabled;
    private final Duration requestFailoverWait;

    @jakarta.inject.Inject
    public CableBatchWriter(AgroalDataSource dataSource, Event<CablesWritten> written,
                            Event<org.cablegate.versions.VersionsFiled> filed, org.cablegate.config.CablesConfig config) {
        this(dataSource, written, filed, config.versions().enabled(), config.importing().requestFailoverWait());
    }

    /** A writer outside CDI: tests, and a second writer standing in for another replica. */
    public CableBatchWriter(AgroalDataSource dataSource, Event<CablesWritten> written,
                            Event<org.cablegate.versions.VersionsFiled> filed, boolean versionsEnabled) {
        this(dataSource, written, filed, versionsEnabled, Duration.ZERO);
    }

    private CableBatchWriter(AgroalDataSource dataSource, Event<CablesWritten> written,
                             Event<org.cablegate.versions.VersionsFiled> filed, boolean versionsEnabled,
                             Duration requestFailoverWait) {
        this.dataSource = dataSource;
        this.written = written;
        this.filed = filed;
        this.versionsEnabled = versionsEnabled;
        this.requestFailoverWait = requestFailoverWait;
    }

    /**
     * Writes the batch and answers, per cable in the same order, what was done; a cable that could not be stored
     * (a value the schema refuses) gets null. Reference IDs must be distinct within a batch. A database lost
     * mid-batch is waited for {@code cables.import.request-failover-wait}: the caller is a request.
     */
    public List<ImportOutcome> write(List<PreparedCable> batch) {
        return write(batch, requestFailoverWait);
    }

    /**
     * The same, waiting up to {@code failoverWait} for the database to come back when the batch's node is lost
     * (the batch is written again whole, through whichever node the driver reaches next).
     */
    public List<ImportOutcome> write(List<PreparedCable> batch, Duration failoverWait) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            return WriteRetry.run(() -> writeAndTell(batch), failoverWait);
        } catch (SQLException e) {
            var kind = WriteRetry.kindOf(e);
            if (batch.size() == 1 || kind != WriteRetry.Kind.FINAL) {
                // A database down or out of reach refuses every cable alike: that is a 503, not this cable's fault.
                if (batch.size() == 1 && kind == WriteRetry.Kind.FINAL) {
                    LOG.warnf("Cable %s could not be stored: %s (SQLState %s)", batch.get(0).refId(), e.getMessage(),
                            e.getSQLState());
                    return java.util.Collections.singletonList(null);
                }
                throw new StoreUnavailableException("the database refused the batch: SQLState " + e.getSQLState(), e);
            }
            // One cable the schema cannot hold must not cost the others: write them one by one.
            var outcomes = new ArrayList<ImportOutcome>(batch.size());
            for (var cable : batch) {
                outcomes.add(write(List.of(cable), failoverWait).get(0));
            }
            return outcomes;
        }
    }

    /** One attempt; the events go out only after its commit. */
    private List<ImportOutcome> writeAndTell(List<PreparedCable> batch) throws SQLException {
        var result = writeOnce(batch);
        // Only cables whose stored (current) content was rewritten: an older version filed behind a newer one changes
        // no answer and no search document.
        if (!result.rewritten().isEmpty()) {
            written.fire(new CablesWritten(result.rewritten()));
        }
        if (!result.filed().isEmpty()) {
            filed.fire(new org.cablegate.versions.VersionsFiled(result.filed()));
        }
        return result.outcomes();
    }

    /** What a batch did: an outcome per cable, and the cables whose current content was written. */
    private record Written(List<ImportOutcome> outcomes, List<PreparedCable> rewritten, List<String> filed) {
    }

    private Written writeOnce(List<PreparedCable> batch) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            // A batch of 250 cables may take seconds on a loaded node: far longer than the pool's socket timeout,
            // which is sized for reads (a read on a frozen node fails over within it).
            int readTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, WRITE_SOCKET_TIMEOUT_MILLIS);
            connection.setAutoCommit(false);
            TransactionSession session = null;
            try {
                session = TransactionSession.begin(connection);
                var outcomes = writeIn(connection, batch);
                session.verify(connection);
                connection.commit();
                // Read back what the commit was to store. A node leaving the cluster (a clean shutdown, seen here)
                // rolled the transaction back between two statements without a word to the client: the statements
                // after it ran in a new transaction, and the driver, seeing none open, sent no COMMIT at all. 250
                // cables were answered "created" and held by no node.
                var missing = StoredCables.notStored(connection, outcomes.rewritten());
                if (!missing.isEmpty()) {
                    throw new java.sql.SQLTransactionRollbackException("the commit of " + batch.size()
                            + " cables did not store " + missing.size() + " of them (" + missing.get(0)
                            + (missing.size() > 1 ? ", …" : "") + "): the transaction was lost under it", "40001", 1213);
                }
                return outcomes;
            } catch (SQLException e) {
                var reported = session == null ? e : session.explain(connection, e);
                rollbackQuietly(connection);
                throw reported;
            } catch (RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
                connection.setNetworkTimeout(Runnable::run, readTimeout);
            }
        }
    }

    private Written writeIn(Connection connection, List<PreparedCable> batch) throws SQLException {
        var stored = StoredCables.find(connection, batch.stream().map(PreparedCable::refId).toList());
        var now = utc(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var outcomes = new ArrayList<ImportOutcome>(batch.size());
        var fresh = new ArrayList<PreparedCable>();
        var changed = new LinkedHashMap<Long, PreparedCable>();
        var filedEarlier = new ArrayList<String>();
        for (var cable : batch) {
            var existing = stored.get(cable.refId());
            if (existing == null) {
                fresh.add(cable);
                outcomes.add(ImportOutcome.CREATED);
            } else if (existing.contentHash().equals(cable.contentHash())) {
                outcomes.add(ImportOutcome.UNCHANGED);
            } else {
                changed.put(existing.id(), cable);
                outcomes.add(ImportOutcome.UPDATED);
            }
        }
        // --- versions (issue 15): file changed cables among their versions; only a new current version rewrites ---
        if (versionsEnabled && !changed.isEmpty()) {
            var decisions = org.cablegate.versions.VersionStore.file(connection, parsed(changed), hashes(changed), now);
            for (int i = 0; i < batch.size(); i++) {
                var existing = stored.get(batch.get(i).refId());
                var decision = existing == null ? null : decisions.get(existing.id());
                if (decision == org.cablegate.versions.VersionStore.Decision.UNCHANGED) {
                    outcomes.set(i, ImportOutcome.UNCHANGED);
                }
                if (decision == org.cablegate.versions.VersionStore.Decision.EARLIER) {
                    filedEarlier.add(batch.get(i).refId());
                }
                if (decision != null && decision != org.cablegate.versions.VersionStore.Decision.CURRENT) {
                    changed.remove(existing.id());
                }
            }
        }
        // --- end versions ---
        var facets = new FacetDeltas();
        if (!changed.isEmpty()) {
            facets.removeStored(connection, changed.keySet());
            StoredCables.deleteChildren(connection, changed.keySet());
            StoredCables.update(connection, changed, now);
        }
        var ids = new LinkedHashMap<Long, PreparedCable>(changed);
        if (!fresh.isEmpty()) {
            var created = StoredCables.insert(connection, fresh, now);
            var createdById = new LinkedHashMap<Long, PreparedCable>();
            for (var cable : fresh) {
                ids.put(created.get(cable.refId()), cable);
                createdById.put(created.get(cable.refId()), cable);
            }
            // versions (issue 15): every new cable has version 1
            if (versionsEnabled) {
                org.cablegate.versions.VersionStore.recordFirst(connection, parsed(createdById), hashes(createdById), now);
            }
        }
        if (!ids.isEmpty()) {
            CableChildren.insert(connection, ids);
            ids.values().forEach(facets::add);
        }
        facets.apply(connection);
        ChangeLog.record(connection, batch, outcomes, now); // issue 13: what replicas follow, in this transaction
        return new Written(outcomes, List.copyOf(ids.values()), filedEarlier);
    }

    // versions (issue 15): the parsed cables and content hashes of a batch, by cable id
    private static Map<Long, org.cablegate.ingest.ParsedCable> parsed(Map<Long, PreparedCable> cables) {
        var out = new LinkedHashMap<Long, org.cablegate.ingest.ParsedCable>();
        cables.forEach((id, cable) -> out.put(id, cable.cable()));
        return out;
    }

    private static Map<Long, String> hashes(Map<Long, PreparedCable> cables) {
        var out = new LinkedHashMap<Long, String>();
        cables.forEach((id, cable) -> out.put(id, cable.contentHash()));
        return out;
    }

    /** A rollback on a connection that just broke fails too; the failure that broke it is the one to report. */
    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the connection
        }
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The tag and origin counts a batch adds and removes, applied in one ordered pass (no lock-order deadlocks). */
    private static final class FacetDeltas {

        private final Map<String, Long> deltas = new HashMap<>();

        void add(PreparedCable cable) {
            cable.cable().caption().tags().forEach(tag -> change("tag", tag, 1));
            if (cable.cable().origin() != null) {
                change("origin", cable.cable().origin(), 1);
            }
        }

        void removeStored(Connection connection, java.util.Collection<Long> cableIds) throws SQLException {
            var in = StoredCables.placeholders(cableIds.size());
            try (var tags = connection.prepareStatement("SELECT tag FROM cable_tag WHERE cable_id IN (" + in + ")");
                 var origins = connection.prepareStatement(
                         "SELECT origin FROM cable WHERE origin IS NOT NULL AND id IN (" + in + ")")) {
                int i = 1;
                for (var id : cableIds) {
                    tags.setLong(i, id);
                    origins.setLong(i++, id);
                }
                try (var rs = tags.executeQuery()) {
                    while (rs.next()) {
                        change("tag", rs.getString(1), -1);
                    }
                }
                try (var rs = origins.executeQuery()) {
                    while (rs.next()) {
                        change("origin", rs.getString(1), -1);
                    }
                }
            }
        }

        private void change(String facet, String value, long by) {
            // Case-insensitive, as the column's collation compares them.
            deltas.merge(facet + "\u0000" + value.toLowerCase(java.util.Locale.ROOT) + "\u0000" + value, by, Long::sum);
        }

        void apply(Connection connection) throws SQLException {
            if (deltas.isEmpty()) {
                return;
            }
            var keys = new ArrayList<>(deltas.keySet());
            keys.sort(null);
            try (var upsert = connection.prepareStatement("""
                    INSERT INTO facet_count (facet, value, cables) VALUES (?, ?, ?)
                    ON DUPLICATE KEY UPDATE cables = cables + VALUES(cables)""")) {
                for (var key : keys) {
                    long by = deltas.get(key);
                    if (by == 0) {
                        continue;
                    }
                    var parts = key.split("\u0000", 3);
                    upsert.setString(1, parts[0]);
                    upsert.setString(2, parts[2]);
                    upsert.setLong(3, by);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
    }
}
