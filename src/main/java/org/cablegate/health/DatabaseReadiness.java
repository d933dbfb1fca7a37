package org.cablegate.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

import java.sql.SQLException;

/**
 * Ready when the database answers and every migration is applied: only then can the API read what it promises.
 * Reports the number of cables, so that an empty corpus is visible at a glance.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final Flyway flyway;

    public DatabaseReadiness(AgroalDataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             // An estimate from the table statistics: exact COUNT(*) over 251,287 rows is too slow for a probe.
             var rows = statement.executeQuery(
                     "SELECT table_rows FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'cable'")) {
            var pending = flyway.info().pending().length;
            response.withData("pendingMigrations", pending)
                    .withData("schemaVersion", String.valueOf(flyway.info().current() == null ? "none"
                            : flyway.info().current().getVersion()));
            if (rows.next()) {
                response.withData("cablesApprox", rows.getLong(1));
            }
            return response.status(pending == 0).build();
        } catch (SQLException e) {
            return response.down().withData("error", "database unreachable: " + e.getSQLState()).build();
        }
    }
}
