package org.cablegate.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Request latency as Prometheus histograms ({@code http_server_requests_seconds_bucket}) with a fixed, short list of
 * buckets around the service's promises (a cached answer in milliseconds, a 503 within 2 s), so that percentiles can
 * be computed across replicas while the number of series stays small: 12 buckets per route, method and status.
 */
@ApplicationScoped
public class LatencyHistograms {

    static final Duration[] BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests") || id.getName().equals("cables.import.batch")) {
                    return DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(toNanos(BUCKETS))
                            .build()
                            .merge(config);
                }
                return config;
            }
        };
    }

    private static double[] toNanos(Duration[] durations) {
        var nanos = new double[durations.length];
        for (int i = 0; i < durations.length; i++) {
            nanos[i] = durations[i].toNanos();
        }
        return nanos;
    }
}
