package org.cablegate.bulk;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.cablegate.config.CablesConfig;
import org.cablegate.metrics.ImportMetrics;
import org.cablegate.persistence.CableBatchWriter;
import org.cablegate.persistence.ImportOutcome;
import org.cablegate.persistence.PreparedCable;
import org.cablegate.persistence.RowResult;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service shutting down in the middle of a bulk import: the batch being written is written whole, no batch after
 * it is started, and the import says it stopped (so that the job is run again, skipping what was stored).
 */
class ShutdownStopsImportBetweenBatchesTest {

    private static final int BATCH = 10;

    @Test
    void shutdownDuringABatchLetsItFinishAndStartsNoOther() throws Exception {
        var written = new ArrayList<List<String>>();
        var importer = new BulkImporter[1];
        var writer = new CableBatchWriter(null, null, null, true) {
            @Override
            public List<ImportOutcome> write(List<PreparedCable> batch, java.time.Duration failoverWait) {
                if (written.size() == 1) {
                    // Quarkus announces the shutdown while the second batch is being written.
                    importer[0].onShutdown(null);
                }
                written.add(batch.stream().map(PreparedCable::refId).toList());
                return batch.stream().map(c -> ImportOutcome.CREATED).toList();
            }
        };
        importer[0] = new BulkImporter(writer, config(), new SimpleMeterRegistry(),
                new ImportMetrics(new SimpleMeterRegistry()));
        var settled = new ArrayList<RowResult>();
        var tally = new ImportTally(null);

        try (var csv = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("corpus/csv/sample.csv")), StandardCharsets.UTF_8)) {
            var stopped = assertThrows(ImportInterruptedException.class, () -> importer[0].run(csv, () -> 0, tally,
                    new ImportListener() {
                        @Override
                        public void row(RowResult result) {
                            settled.add(result);
                        }
                    }));
            assertTrue(stopped.getMessage().contains("stopped after row " + 2 * BATCH), stopped.getMessage());
        } finally {
            importer[0].stop();
        }

        assertEquals(2, written.size(), "the batch in flight finished, no other started: " + written);
        written.forEach(batch -> assertEquals(BATCH, batch.size(), "every batch whole"));
        assertEquals(2 * BATCH, settled.size(), "the rows of both batches were settled, no others");
        assertEquals(2 * BATCH, tally.rows());
    }

    /** Batches of ten, two preparing threads; nothing else of the configuration is read by the importer. */
    private static CablesConfig config() {
        var importing = (CablesConfig.Import) Proxy.newProxyInstance(CablesConfig.class.getClassLoader(),
                new Class<?>[]{CablesConfig.Import.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "batchSize" -> BATCH;
                    case "threads" -> Optional.of(2);
                    case "failoverWait", "requestFailoverWait" -> java.time.Duration.ofSeconds(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (CablesConfig) Proxy.newProxyInstance(CablesConfig.class.getClassLoader(),
                new Class<?>[]{CablesConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("importing")) {
                        return importing;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
