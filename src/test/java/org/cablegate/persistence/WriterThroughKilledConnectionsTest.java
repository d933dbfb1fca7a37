package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.bulk.CablePreparer;
import org.cablegate.bulk.SyntheticDump;
import org.cablegate.ingest.CsvRow;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer's connection dies under it at any statement, as when a Galera node is killed: through a failover URL the
 * driver reconnects to the next host and may run the statement again there, outside the transaction that held the
 * statements before it. Whatever the writer answers "created" must then be stored whole, with all its rows.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
@TestProfile(WriterThroughKilledConnectionsTest.OwnDatabase.class)
class WriterThroughKilledConnectionsTest {

    /** A database of its own: the 400 cables written here are not in the one the API tests count. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cables.request-deadline", "30S");
        }
    }

    @Inject
    AgroalDataSource serviceDataSource;

    private final java.util.concurrent.ConcurrentLinkedDeque<Long> writerConnections =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    @Test
    void aCableAnsweredCreatedIsStoredWholeWhenItsConnectionIsKilledAtAnyStatement() throws Exception {
        var config = ConfigProvider.getConfig();
        var url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        var user = config.getValue("quarkus.datasource.username", String.class);
        var password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        // Two names for the one server: the driver's failover goes from one to the other as between Galera nodes.
        var hostAndRest = url.substring(url.indexOf("//") + 2);
        var port = hostAndRest.substring(hostAndRest.indexOf(':') + 1, hostAndRest.indexOf('/'));
        var failoverUrl = "jdbc:mariadb:sequential://127.0.0.1:" + port + ",127.0.0.1:" + port + "/cables"
                + "?deniedListTimeout=0&retriesAllDown=3";
        var rows = SyntheticDump.sampleRows();
        var preparer = new CablePreparer();
        var acknowledged = new ArrayList<String>();
        var running = new AtomicBoolean(true);
        int kills;
        try (var failover = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(2).acquisitionTimeout(Duration.ofSeconds(10)).connectionFactoryConfiguration(factory -> factory
                        .jdbcUrl(failoverUrl).principal(new NamePrincipal(user))
                        .credential(new SimplePassword(password)))))) {
            var writer = new CableBatchWriter(identified(failover), new org.cablegate.SilentEvent<>(), new org.cablegate.SilentEvent<>(), true);
            var killer = CompletableFuture.supplyAsync(() -> killWritersConnections(running));
            try {
                for (int i = 0; i < 400; i++) {
                    var row = rows.get(i % rows.size());
                    var cable = preparer.prepare(new CsvRow(i + 1, i + 1, Integer.toString(i + 1), row.date(),
                            row.refId() + "K" + i, row.origin(), row.classification(), row.references(), row.header(),
                            row.body()));
                    try {
                        var outcome = writer.write(List.of(cable), Duration.ofSeconds(10)).get(0);
                        if (outcome == ImportOutcome.CREATED) {
                            acknowledged.add(cable.refId());
                        }
                    } catch (StoreUnavailableException e) {
                        // refused as a whole: the client is told to send it again, nothing is claimed stored
                    }
                }
            } finally {
                running.set(false);
                kills = killer.get();
            }
        }
        System.out.printf("WriterThroughKilledConnectionsTest: %d connections killed, %d cables answered created%n",
                kills, acknowledged.size());
        assertTrue(kills > 20, "connections killed: " + kills);
        assertTrue(acknowledged.size() > 200, "cables written: " + acknowledged.size());
        try (var c = serviceDataSource.getConnection(); var check = c.prepareStatement("""
                SELECT c.paragraph_count, (SELECT COUNT(*) FROM paragraph p WHERE p.cable_id = c.id),
                       (SELECT COUNT(*) FROM cable_version v WHERE v.cable_id = c.id)
                FROM cable c WHERE c.ref_id = ?""")) {
            for (var refId : acknowledged) {
                check.setString(1, refId);
                try (var rs = check.executeQuery()) {
                    assertTrue(rs.next(), refId + " was answered created and is not stored");
                    assertEquals(rs.getInt(1), rs.getInt(2), refId + ": its paragraphs");
                    assertEquals(1, rs.getInt(3), refId + ": its first version");
                }
            }
        }
    }

    /** The writer's data source, noting the server's id of each connection it hands out (the service's are spared). */
    private AgroalDataSource identified(AgroalDataSource pool) {
        return (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, args) -> {
                    try {
                        var result = method.invoke(pool, args);
                        if (result instanceof Connection c && method.getName().equals("getConnection")) {
                            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT CONNECTION_ID()")) {
                                rs.next();
                                writerConnections.add(rs.getLong(1));
                            } catch (SQLException killedAlready) {
                                c.close();
                                throw killedAlready;
                            }
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Kills, every few milliseconds, the writer's latest connection; answers how many kills reached one. */
    private int killWritersConnections(AtomicBoolean running) {
        int kills = 0;
        try (var admin = serviceDataSource.getConnection(); var kill = admin.createStatement()) {
            while (running.get()) {
                Thread.sleep(2 + ThreadLocalRandom.current().nextInt(30));
                var id = writerConnections.peekLast();
                if (id == null) {
                    continue;
                }
                try {
                    kill.execute("KILL CONNECTION " + id);
                    kills++;
                } catch (SQLException gone) {
                    // ended before the kill reached it
                }
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return kills;
    }
}
