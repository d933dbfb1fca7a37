package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Flyway migrations at start, once for the whole cluster, before anything else reads or writes.
 *
 * <p>Why not Quarkus' migrate-at-start: Flyway serialises migrations with {@code GET_LOCK}, which a Galera node keeps
 * to itself. Two replicas starting together through different nodes both migrated; the second failed on a migration
 * the first had applied ("5 - search in lucene", error 1091) and the service exited. The lock here is a row that only
 * one node's commit can insert (Galera certifies the same key on every node), held as a lease: the holder renews it
 * while migrating, and a lease left by a process killed mid-migration expires instead of blocking every start.
 * Whoever gets the lease second finds every migration applied (its node has applied the first one's commits before
 * it could see the lease gone) and has nothing left to do.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    static final String LEASE = "flyway-migrate";
    /** A live holder renews its lease every 10 s; one not renewed for 60 s belongs to a process that died. */
    private static final Duration LEASE_LENGTH = Duration.ofSeconds(60);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private final boolean migrateAtStart;
    private final Duration waitAtMost;
    private final String owner = UUID.randomUUID().toString();

    public SchemaMigration(AgroalDataSource dataSource, Flyway flyway, org.cablegate.config.CablesConfig config) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.migrateAtStart = config.database().migrateAtStart();
        this.waitAtMost = config.database().migrationWait();
    }

    /** First of every start-up observer: the search index, the samples and the import jobs all need the schema. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (migrateAtStart) {
            migrate();
        }
    }

    /** Repairs checksums and applies pending migrations while holding the cluster-wide lease. */
    public void migrate() {
        var deadline = System.nanoTime() + waitAtMost.toNanos();
        acquire(deadline);
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "migration-lease");
            t.setDaemon(true);
            return t;
        });
        try {
            renewer.scheduleWithFixedDelay(this::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            // V1 gained NOCACHE on its sequences (Galera refuses cached ones): databases migrated before that keep the
            // old checksum, which repair realigns instead of refusing to start.
            var migrator = unpooled(flyway);
            migrator.repair();
            var result = migrator.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.infof("Applied %d migrations; the schema is at version %s", result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        } finally {
            renewer.shutdownNow();
            release();
        }
    }

    /**
     * The same Flyway (locations, resources, callbacks as Quarkus built them), on connections of its own outside the
     * pool: the pool's socket timeout (1.5 s, so that a read on a frozen node fails over instead of hanging) would cut
     * a migration's index build on the full corpus.
     */
    private static Flyway unpooled(Flyway flyway) {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        var url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        var user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        var password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .configuration(flyway.getConfiguration())
                .dataSource(url, user, password)
                .load();
    }

    private void acquire(long deadline) {
        var pause = 100L;
        while (true) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                // DDL is applied in the same total order on every Galera node; IF NOT EXISTS makes it harmless twice.
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS cluster_lease (
                            name       VARCHAR(64)  NOT NULL PRIMARY KEY,
                            owner      VARCHAR(64)  NOT NULL,
                            expires_at DATETIME(3)  NOT NULL
                        ) ENGINE=InnoDB""");
                statement.executeUpdate("DELETE FROM cluster_lease WHERE name = '" + LEASE
                        + "' AND expires_at < UTC_TIMESTAMP(3)");
                try (var insert = connection.prepareStatement("""
                        INSERT INTO cluster_lease (name, owner, expires_at)
                        VALUES (?, ?, UTC_TIMESTAMP(3) + INTERVAL ? SECOND)""")) {
                    insert.setString(1, LEASE);
                    insert.setString(2, owner);
                    insert.setLong(3, LEASE_LENGTH.toSeconds());
                    insert.executeUpdate();
                    return;
                }
            } catch (SQLException e) {
                // 1062: another replica holds the lease; 1213/40001: it took it at the same moment on another node
                // (certification); 08xxx: this node went away, the driver moves to another. All: wait and try again.
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the schema migration lease was not free within " + waitAtMost
                            + " (SQLState " + e.getSQLState() + "); another replica is migrating or died holding it",
                            e);
                }
                if (e.getErrorCode() != 1062) {
                    LOG.debugf("Migration lease not taken: SQLState %s, error %d", e.getSQLState(), e.getErrorCode());
                }
            }
            sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            pause = Math.min(1_000, pause * 2);
        }
    }

    private void renew() {
        try (var connection = dataSource.getConnection();
             var update = connection.prepareStatement("""
                     UPDATE cluster_lease SET expires_at = UTC_TIMESTAMP(3) + INTERVAL ? SECOND
                     WHERE name = ? AND owner = ?""")) {
            update.setLong(1, LEASE_LENGTH.toSeconds());
            update.setString(2, LEASE);
            update.setString(3, owner);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("The migration lease could not be renewed: SQLState %s", e.getSQLState());
        }
    }

    private void release() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            try (var connection = dataSource.getConnection();
                 var delete = connection.prepareStatement("DELETE FROM cluster_lease WHERE name = ? AND owner = ?")) {
                delete.setString(1, LEASE);
                delete.setString(2, owner);
                delete.executeUpdate();
                return;
            } catch (SQLException e) {
                LOG.debugf("Migration lease not released yet: SQLState %s", e.getSQLState());
                sleep(200L * attempt);
            }
        }
        LOG.warnf("The migration lease was not released; it expires by itself within %s", LEASE_LENGTH);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lease", e);
        }
    }
}
