package org.cablegate.bulk;

import org.cablegate.persistence.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM to the packaged service while an upload is half sent and an import job is running: the upload finishes
 * and is answered (its job kept for the next start), the running job stops between batches with every stored cable
 * whole, the process exits within the shutdown timeout, and the next start finishes both jobs — every row stored
 * once.
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String KEY = "graceful-shutdown-key";
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern ROWS_DONE = Pattern.compile("\"rowsDone\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void requestsInFlightFinishAndTheRunningImportStopsBetweenBatches() throws Exception {
        var big = work.resolve("big.csv");
        int bigRows = SyntheticDump.write(big, 120, false);
        var late = work.resolve("late.csv");
        int lateRows = SyntheticDump.write(late, 2, false, "LATE");
        var lateBody = Files.readAllBytes(late);

        try (var db = EmbeddedMariaDb.start(work.resolve("db"), false)) {
            int port = freePort();
            var service = start(db, port);
            String bigJob;
            String lateJob;
            long storedAtStop;
            try {
                bigJob = post(port, big);
                waitFor(port, bigJob, body -> rowsDone(body) >= 200, "the big import to store 200 rows");

                // An upload in flight: headers and half the body sent, the rest after the SIGTERM.
                try (var upload = new Socket("localhost", port)) {
                    upload.setSoTimeout(60_000);
                    var out = upload.getOutputStream();
                    out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + KEY
                            + "\r\nContent-Type: text/csv\r\nContent-Length: " + lateBody.length
                            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(lateBody, 0, lateBody.length / 2);
                    out.flush();
                    Thread.sleep(500);

                    service.destroy();            // SIGTERM: Quarkus' graceful shutdown
                    long signalled = System.nanoTime();
                    Thread.sleep(1500);
                    assertTrue(service.isAlive(), "the service waits for the upload in flight");

                    out.write(lateBody, lateBody.length / 2, lateBody.length - lateBody.length / 2);
                    out.flush();
                    var answer = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(answer.startsWith("HTTP/1.1 202"), "the upload in flight is answered: " + answer);
                    lateJob = jobId(answer.lines().filter(l -> l.toLowerCase().startsWith("location:"))
                            .findFirst().orElseThrow(() -> new AssertionError("no Location: " + answer)));

                    assertTrue(service.waitFor(40, TimeUnit.SECONDS), "the service stops after SIGTERM");
                    long stopSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled);
                    assertTrue(stopSeconds <= 25, "stopped within the 20 s shutdown timeout: " + stopSeconds + " s");
                }
                storedAtStop = count(db, "SELECT COUNT(*) FROM cable");
                assertTrue(storedAtStop > 0 && storedAtStop < bigRows,
                        "the big import was stopped part-way: " + storedAtStop + " of " + bigRows);
                assertEquals(0, count(db, "SELECT COUNT(*) FROM cable c WHERE c.paragraph_count <> "
                        + "(SELECT COUNT(*) FROM paragraph p WHERE p.cable_id = c.id)"), "no half-written cable");
                assertEquals(storedAtStop, count(db, "SELECT rows_done FROM import_job WHERE id = '" + bigJob + "'"),
                        "the job's progress is the rows stored, batch by batch");
                assertEquals(2, count(db, "SELECT COUNT(*) FROM import_job WHERE state = 'running'"),
                        "both jobs are left to resume: " + output(service));
            } finally {
                service.destroyForcibly();
            }

            var restarted = start(db, port);
            try {
                var first = waitFor(port, bigJob, body -> !state(body).equals("running"), "the big job to resume");
                assertEquals("done", state(first), first);
                assertEquals(bigRows, rowsDone(first), first);
                assertTrue(first.contains("\"unchanged\":" + storedAtStop), "stored rows are skipped: " + first);
                var second = waitFor(port, lateJob, body -> !state(body).equals("running"), "the late job to run");
                assertEquals("done", state(second), second);
                assertTrue(second.contains("\"created\":" + lateRows), second);
                assertEquals(bigRows + lateRows, count(db, "SELECT COUNT(*) FROM cable"), "every row stored once");
            } finally {
                restarted.destroy();
                restarted.waitFor(40, TimeUnit.SECONDS);
                restarted.destroyForcibly();
            }
        }
    }

    private Process start(EmbeddedMariaDb db, int port) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m"));
        db.datasourceProperties().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + (port + 1),
                "-Dcables.api-key=" + KEY,
                "-Dcables.data-dir=" + work.resolve("data"), "-Dcables.import.samples-on-empty-database=false",
                "-jar", JAR.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("service-" + port + "-" + System.nanoTime() + ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (get(port + 1, "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not become ready");
    }

    private String post(int port, Path dump) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(dump)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return jobId(response.headers().firstValue("Location").orElseThrow());
    }

    private String waitFor(int port, String job, java.util.function.Predicate<String> until, String what)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        String body = "";
        while (System.nanoTime() < deadline) {
            var response = get(port, "/api/v1/imports/" + job);
            body = response.body();
            if (response.statusCode() == 200 && until.test(body)) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + body);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + KEY).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String jobId(String location) {
        return location.substring(location.lastIndexOf('/') + 1).trim();
    }

    private static String state(String job) {
        var m = STATE.matcher(job);
        assertTrue(m.find(), job);
        return m.group(1);
    }

    private static long rowsDone(String job) {
        var m = ROWS_DONE.matcher(job);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String output(Process service) throws IOException {
        try (var logs = Files.list(work)) {
            var text = new StringBuilder();
            for (var log : logs.filter(p -> p.getFileName().toString().startsWith("service-")).toList()) {
                text.append(Files.readString(log));
            }
            return text.toString();
        }
    }

    private static long count(EmbeddedMariaDb db, String sql) throws Exception {
        try (var c = db.connect();
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
