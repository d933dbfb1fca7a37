package org.cablegate.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.ImportOutcome;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the rows imports settle, by outcome: {@code cables_import_rows_total{outcome="created"|"updated"|
 * "unchanged"|"rejected"}}. Batches are counted by the batch timer of bulk/BulkImporter
 * ({@code cables_import_batch_seconds_count}).
 */
@ApplicationScoped
public class ImportMetrics {

    private final Map<ImportOutcome, Counter> stored = new EnumMap<>(ImportOutcome.class);
    private final Counter rejected;

    public ImportMetrics(MeterRegistry registry) {
        for (var outcome : ImportOutcome.values()) {
            stored.put(outcome, rows(registry, outcome.name().toLowerCase(java.util.Locale.ROOT)));
        }
        this.rejected = rows(registry, "rejected");
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("cables.import.rows").description("Rows settled by imports, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** One row settled: stored with {@code outcome}, or rejected when it is null. */
    public void settled(ImportOutcome outcome) {
        (outcome == null ? rejected : stored.get(outcome)).increment();
    }
}
