package org.cablegate.health;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

/**
 * The client of the outage tests: every request timed and kept as a {@link Sample}, a failure to answer kept as
 * status -1 (never thrown), probes sent to the management interface.
 */
final class OutageClient {

    /** One answered (or failed) request: when it started, how long it took, its status (-1: no answer). */
    record Sample(String path, long startNanos, long tookNanos, int status, String contentType, String retryAfter,
                  String body) {
        Duration took() {
            return Duration.ofNanos(tookNanos);
        }
    }

    private final URL base;
    private final URL management;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OutageClient(URL base, URL management) {
        this.base = base;
        this.management = management;
    }

    /** Polls {@code path} until its status satisfies {@code wanted}; returns how long that took. */
    Duration waitFor(String path, IntPredicate wanted, Duration limit) throws InterruptedException {
        return waitFor(() -> send("GET", path, null).status(), wanted, limit);
    }

    Duration waitFor(IntSupplier status, IntPredicate wanted, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (wanted.test(status.getAsInt())) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no wanted status within " + limit);
    }

    Sample send(String method, String path, String body) {
        // Probes live on the management interface, everything else on the public port.
        var root = path.startsWith("/q/health") ? management : base;
        var builder = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path)).timeout(Duration.ofSeconds(20));
        if (body != null) {
            builder.header("Authorization", "Bearer test-key").header("Content-Type", "text/plain; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Sample(path, start, System.nanoTime() - start, response.statusCode(),
                    response.headers().firstValue("Content-Type").map(t -> t.split(";")[0]).orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            return new Sample(path, start, System.nanoTime() - start, -1, "", null, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(path, start, System.nanoTime() - start, -1, "", null, "interrupted");
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = OutageClient.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
