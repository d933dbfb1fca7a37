package org.cablegate.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

import jakarta.annotation.PreDestroy;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ready when the database answers and every migration is applied: only then can the API read what it promises.
 * Reports the number of cables, so that an empty corpus is visible at a glance.
 *
 * <p>Answers within {@link #BUDGET_MILLIS} whatever the database does, so that readiness goes down within the 5 s
 * the README promises and the probe never times out instead of answering. The query has a socket timeout of its own,
 * but getting a connection can add the pool's validation of an idle one and a new connection's attempts at each host
 * of a failover URL: with every Galera node frozen the probe once answered after 6.7 s. So the check runs on a thread
 * of its own and the caller waits at most the budget; a check still running is waited on again by the next call
 * rather than joined by a second one.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** How long the probe's query may wait on the socket; the pool's connections get their own timeout back. */
    static final int QUERY_TIMEOUT_MILLIS = 2_000;
    /** The longest a readiness answer waits for the check. */
    static final long BUDGET_MILLIS = 2_500;

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    /** Set once every migration is seen applied: none can appear while the service runs, so stop asking Flyway. */
    private volatile boolean migrated;
    private volatile String schemaVersion = "none";
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "readiness-check");
        thread.setDaemon(true);
        return thread;
    });
    private Future<HealthCheckResponse> running;

    public DatabaseReadiness(AgroalDataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = checks.submit(this::check);
            }
            check = running;
        }
        try {
            return check.get(BUDGET_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", "the database did not answer within " + BUDGET_MILLIS + " ms").build();
        } catch (ExecutionException e) {
            return HealthCheckResponse.named("database").down().withData("error", "database unreachable").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("database").down().withData("error", "interrupted").build();
        }
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }

    private HealthCheckResponse check() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection()) {
            var networkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, QUERY_TIMEOUT_MILLIS);
            try (var statement = connection.createStatement();
                 // An estimate from the table statistics: exact COUNT(*) over 251,287 rows is too slow for a probe.
                 var rows = statement.executeQuery("SELECT table_rows FROM information_schema.tables"
                         + " WHERE table_schema = DATABASE() AND table_name = 'cable'")) {
                if (rows.next()) {
                    response.withData("cablesApprox", rows.getLong(1));
                }
            } finally {
                connection.setNetworkTimeout(Runnable::run, networkTimeout);
            }
            var pending = 0;
            if (!migrated) {
                var info = flyway.info();
                pending = info.pending().length;
                schemaVersion = info.current() == null ? "none" : info.current().getVersion().toString();
                migrated = pending == 0;
            }
            return response.withData("pendingMigrations", pending).withData("schemaVersion", schemaVersion)
                    .status(migrated).build();
        } catch (SQLException e) {
            return response.down().withData("error", "database unreachable: " + e.getSQLState()).build();
        } catch (RuntimeException e) {
            // Flyway wraps its own SQL failures; whatever it was, the database cannot serve now.
            return response.down().withData("error", "database unreachable").build();
        }
    }
}
