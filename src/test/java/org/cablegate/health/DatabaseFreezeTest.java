package org.cablegate.health;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.InjectEmbeddedMariaDb;
import org.cablegate.persistence.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database stops answering without going away: its process is frozen (SIGSTOP), so connections stay open and
 * new ones are accepted by the kernel, but nothing comes back, as with a Galera node stalled on its disk or paused by
 * its host. Clients keep reading. The contract: readiness goes down within 5 s, every read answers within 2 s (503
 * problem JSON with Retry-After, never a hang, never a 500), and the service serves again by itself after the thaw.
 *
 * <p>Before the fix, the pool's check of an idle connection ({@code isValid(0)}: "no timeout" to MariaDB's driver)
 * and the readiness probe behind it hung for the whole freeze, and reads took up to 4.5 s on a cluster.
 */
@QuarkusTest
@TestProfile(DatabaseFreezeProfile.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class DatabaseFreezeTest {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(2);
    private static final Duration READINESS_BOUND = Duration.ofSeconds(5);
    /** Longer than every timeout on the way (1 s check, 1.5 s pool and socket), so that a hang shows as one. */
    private static final Duration FREEZE = Duration.ofSeconds(8);
    private static final String REF_ID = "06ASTANA590";
    /** Reads that need the database (tags and facets come from the search index, which a frozen database leaves be). */
    private static final List<String> READS = List.of(
            "/api/v1/cables/" + REF_ID, "/api/v1/cables/" + REF_ID + "/paragraphs/1", "/api/v1/cables/" + REF_ID + "/facts",
            "/api/v1/cables/" + REF_ID + "/versions", "/c/" + REF_ID, "/c/" + REF_ID + "/1");

    @InjectEmbeddedMariaDb
    EmbeddedMariaDb db;

    @TestHTTPResource("/")
    URL base;
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void frozenDatabaseAnswers503WithinTheDeadlineAndServiceRecoversAfterTheThaw() throws Exception {
        var client = new OutageClient(base, management);
        var cable = OutageClient.resource("samples/06ASTANA590.page.txt");
        client.waitFor(() -> client.send("POST", "/api/v1/cables", cable).status(), s -> s == 201 || s == 200,
                Duration.ofSeconds(60));
        client.waitFor("/q/health/ready", s -> s == 200, Duration.ofSeconds(30));
        var server = mariadbd(db.port());

        // Healthy reads first (the machine's own pace), then a pause longer than foreground-validation-interval (2 s):
        // the pool's connections are idle when the database freezes, so it checks each before lending it.
        var samples = new ConcurrentLinkedQueue<OutageClient.Sample>();
        for (var path : READS) {
            samples.add(client.send("GET", path, null));
        }
        Thread.sleep(3_000);
        signal("STOP", server);
        long frozenAt = System.nanoTime();
        long thawedAt;
        Duration readinessDown;
        var running = new AtomicBoolean(true);
        var clients = Executors.newFixedThreadPool(4);
        try {
            for (int c = 0; c < 4; c++) {
                int offset = c;
                clients.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        samples.add(client.send("GET", READS.get(i % READS.size()), null));
                    }
                    return null;
                });
            }
            try {
                readinessDown = client.waitFor("/q/health/ready", s -> s == 503, Duration.ofSeconds(30));
                Thread.sleep(Math.max(0, FREEZE.toMillis() - (System.nanoTime() - frozenAt) / 1_000_000));
            } finally {
                signal("CONT", server);
                thawedAt = System.nanoTime();
            }
            var readinessBack = client.waitFor("/q/health/ready", s -> s == 200, Duration.ofSeconds(30));
            client.waitFor("/api/v1/cables/" + REF_ID + "/paragraphs/1", s -> s == 200, Duration.ofSeconds(30));
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            var all = new ArrayList<>(samples);
            // As in DatabaseOutageTest: the machine's own slowness, seen on healthy answers, is not the service's.
            var healthySlowest = Duration.ofNanos(all.stream().filter(s -> s.startNanos() < frozenAt)
                    .mapToLong(OutageClient.Sample::tookNanos).max().orElse(0));
            var during = all.stream().filter(s -> s.startNanos() > frozenAt && s.startNanos() < thawedAt).toList();
            var slowestDuring = during.stream().mapToLong(OutageClient.Sample::tookNanos).max().orElse(0);
            System.out.printf("Freeze figures: slowest healthy answer %d ms; readiness down after %d ms, back %d ms "
                            + "after the thaw; %d reads during the %d s freeze, %d answered 503, slowest %d ms%n",
                    healthySlowest.toMillis(), readinessDown.toMillis(), readinessBack.toMillis(), during.size(),
                    FREEZE.toSeconds(), during.stream().filter(s -> s.status() == 503).count(), slowestDuring / 1_000_000);

            assertTrue(readinessDown.compareTo(READINESS_BOUND) < 0, "readiness down after " + readinessDown);
            assertTrue(during.size() >= 8, "reads were made during the freeze: " + during.size());
            var bound = ANSWER_BOUND.plus(healthySlowest);
            for (var s : all) {
                assertTrue(s.status() == 200 || s.status() == 503, s.path() + " answered " + s.status() + ": " + s.body());
                assertTrue(s.took().compareTo(bound) < 0, s.path() + " took " + s.took().toMillis() + " ms, more than"
                        + " 2 s beyond the slowest healthy answer (" + healthySlowest.toMillis() + " ms)");
                if (s.status() == 503) {
                    assertEquals("application/problem+json", s.contentType(), s.path());
                    assertTrue(s.body().contains("database-unavailable"), s.body());
                    assertEquals("5", s.retryAfter(), s.path());
                }
            }
            // Some answers come from memory (the search index, cached lookups); the database's own do not come.
            assertTrue(during.stream().anyMatch(s -> s.status() == 503), "no read noticed the frozen database");
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    /** The embedded server's process: the mariadbd child of this JVM listening on {@code port}. */
    private static ProcessHandle mariadbd(int port) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains("--port=" + port + " "))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no mariadbd child on port " + port));
    }

    private static void signal(String signal, ProcessHandle process) throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " " + process.pid());
    }
}
