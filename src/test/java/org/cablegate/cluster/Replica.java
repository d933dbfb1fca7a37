package org.cablegate.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One replica of the service: the packaged jar, with its own port, data directory, search index and cache. */
final class Replica implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String KEY = "cluster-key";

    final String name;
    final int port;
    final int managementPort;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Replica(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Launches the jar; {@link #awaitReady} waits for it. The settings are those of {@code k8s/api/}. */
    static Replica launch(String name, Path work, String jdbcUrl) throws IOException {
        int port = freePort();
        int management = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=" + Galera.USER,
                "-Dquarkus.datasource.password=" + Galera.PASSWORD,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + management,
                "-Dcables.api-key=" + KEY,
                "-Dcables.data-dir=" + work.resolve(name),
                "-Dcables.import.samples-on-empty-database=false",
                "-Dcables.rate-limit.enabled=false",
                // The suite measures replication on two cores shared by three nodes and two replicas; each replica's
                // vector indexer would embed every imported paragraph (7,000 cables, about an hour at 100 a second)
                // on those same cores. With it on, a write reached the other replica in 2.12 s instead of 1.27 s.
                "-Dcables.search.vectors=false",
                "-jar", JAR.toString()));
        var log = work.resolve(name + ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Replica(name, port, management, log, process);
    }

    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("replica " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("replica " + name + " not ready within " + limit + "; see " + log);
    }

    boolean alive() {
        return process.isAlive();
    }

    int readiness() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                            + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile(
            "\"name\"\\s*:\\s*\"search-index\"[^}]*\"cables\"\\s*:\\s*(\\d+)");

    /** How many cables this replica's search index holds, as its readiness check reports it; -1 when unknown. */
    long indexedCables() {
        try {
            var body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                    + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var m = INDEXED.matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        // The key goes with every read: job reports need it, public reads ignore it.
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + KEY).timeout(timeout)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Duration.ofSeconds(30));
    }

    HttpResponse<String> postCsv(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + KEY)
                        .header("Content-Type", "text/csv").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
