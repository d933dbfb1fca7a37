package org.cablegate.bulk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.config.CablesConfig;
import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CablesCsvReader;
import org.cablegate.ingest.CsvRow;
import org.cablegate.metrics.ImportMetrics;
import org.cablegate.persistence.CableBatchWriter;
import org.cablegate.persistence.ImportOutcome;
import org.cablegate.persistence.PreparedCable;
import org.cablegate.persistence.RowResult;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Imports rows of the {@code cables.csv} dump at the database's speed: one thread reads rows and cuts them into
 * chunks, every core parses and extracts facts, and one writer stores each chunk in row order as one transaction
 * of JDBC batches. Memory stays bounded whatever the input's size: at most {@code 2 × threads} chunks are in flight.
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    private final CableBatchWriter writer;
    private final int chunkSize;
    private final int threads;
    private final ExecutorService preparers;
    private final ThreadLocal<CablePreparer> preparer = ThreadLocal.withInitial(CablePreparer::new);
    private final Timer batchTimer;
    private final ImportMetrics metrics;
    private final java.time.Duration failoverWait;
    private final java.time.Duration requestFailoverWait;

    public BulkImporter(CableBatchWriter writer, CablesConfig config, MeterRegistry registry, ImportMetrics metrics) {
        this.writer = writer;
        this.failoverWait = config.importing().failoverWait();
        this.requestFailoverWait = config.importing().requestFailoverWait();
        this.chunkSize = config.importing().batchSize();
        this.threads = config.importing().threads().orElse(Runtime.getRuntime().availableProcessors());
        var number = new AtomicInteger();
        this.preparers = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "import-prepare-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.batchTimer = Timer.builder("cables.import.batch").description("Writing one batch of cables").register(registry);
        this.metrics = metrics;
    }

    /** Set when the service shuts down: imports stop between batches, each batch whole, and can be run again. */
    private volatile boolean stopping;

    void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        requestStop();
    }

    /** Imports under way stop after the batch being written; none starts a new batch after this. */
    public void requestStop() {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        preparers.shutdownNow();
    }

    /**
     * Reads every row of {@code csv}, stores what parses, and tells the listener about each row and each batch.
     *
     * @param bytesRead how far the source has been read, for progress (sampled as each chunk is cut)
     * @throws IOException when the input cannot be read (rows before that point are stored)
     * @throws org.cablegate.persistence.StoreUnavailableException when the database refuses writes; rows before
     *                                                             that point are stored
     */
    public ImportTally run(Reader csv, LongSupplier bytesRead, ImportTally tally, ImportListener listener)
            throws IOException {
        return run(csv, bytesRead, tally, listener, threads, requestFailoverWait);
    }

    /** The same, with at most {@code parallelism} chunks being prepared at once (fewer cores taken from reads). */
    public ImportTally run(Reader csv, LongSupplier bytesRead, ImportTally tally, ImportListener listener,
                           int parallelism) throws IOException {
        return run(csv, bytesRead, tally, listener, parallelism, failoverWait);
    }

    /**
     * The same, a batch whose database node is lost written again whole for up to {@code failoverWait} (jobs and the
     * command wait long; a request short).
     */
    private ImportTally run(Reader csv, LongSupplier bytesRead, ImportTally tally, ImportListener listener,
                            int parallelism, java.time.Duration failoverWait) throws IOException {
        var preparing = new Semaphore(Math.max(1, Math.min(parallelism, threads)));
        BlockingQueue<CompletableFuture<Chunk>> inFlight = new ArrayBlockingQueue<>(threads * 2);
        // A writer thread for this import only: shut down when it ends (an executor left open per import, as
        // every text/csv POST is one, would keep an idle thread each).
        var writer = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "import-writer");
            t.setDaemon(true);
            return t;
        });
        var writing = CompletableFuture.runAsync(() -> writeInOrder(inFlight, tally, listener, failoverWait), writer);
        try (var rows = new CablesCsvReader(csv)) {
            var chunk = new ArrayList<CsvRow>(chunkSize);
            while (true) {
                CsvRow row;
                try {
                    row = rows.next();
                } catch (CableParseException e) {
                    // The CSV itself is broken here: nothing after this point can be trusted to be a row.
                    submit(inFlight, chunk, bytesRead.getAsLong(), writing, preparing);
                    put(inFlight, CompletableFuture.completedFuture(Chunk.broken(
                            new RowResult(rows.rowsRead() + 1, e.line(), null, null, e.getMessage()),
                            bytesRead.getAsLong())), writing);
                    break;
                }
                if (row == null) {
                    submit(inFlight, chunk, bytesRead.getAsLong(), writing, preparing);
                    break;
                }
                chunk.add(row);
                if (chunk.size() >= chunkSize) {
                    submit(inFlight, chunk, bytesRead.getAsLong(), writing, preparing);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
        } finally {
            put(inFlight, CompletableFuture.completedFuture(Chunk.END), writing);
            try {
                join(writing);
            } finally {
                writer.shutdown();
            }
        }
        return tally;
    }

    private void submit(BlockingQueue<CompletableFuture<Chunk>> inFlight, List<CsvRow> rows, long bytes,
                        CompletableFuture<Void> writing, Semaphore preparing) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            preparing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
        var chunk = CompletableFuture.supplyAsync(() -> prepare(rows, bytes), preparers);
        chunk.whenComplete((done, failed) -> preparing.release());
        put(inFlight, chunk, writing);
    }

    private static void put(BlockingQueue<CompletableFuture<Chunk>> inFlight, CompletableFuture<Chunk> chunk,
                            CompletableFuture<Void> writing) {
        try {
            // The writer may have stopped (database down): never wait for room it will not make.
            while (!inFlight.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void join(CompletableFuture<Void> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Chunk prepare(List<CsvRow> rows, long bytes) {
        var prepared = new ArrayList<Prepared>(rows.size());
        var cables = preparer.get();
        for (var row : rows) {
            try {
                prepared.add(new Prepared(row, cables.prepare(row), null));
            } catch (CableParseException e) {
                prepared.add(new Prepared(row, null, e.getMessage()));
            } catch (RuntimeException e) {
                // A parser fault on one strange row must not stop the import: refuse the row, say so in the log.
                LOG.warnf(e, "Row %d (%s) could not be parsed", row.rowNumber(), row.refId());
                prepared.add(new Prepared(row, null, "the row could not be parsed"));
            }
        }
        return new Chunk(prepared, null, bytes);
    }

    private void writeInOrder(BlockingQueue<CompletableFuture<Chunk>> inFlight, ImportTally tally,
                              ImportListener listener, java.time.Duration failoverWait) {
        while (true) {
            Chunk chunk;
            try {
                chunk = inFlight.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException("preparing a chunk failed", e.getCause());
            }
            if (chunk == Chunk.END) {
                return;
            }
            if (stopping) {
                throw new ImportInterruptedException(tally.rows());
            }
            if (chunk.broken() != null) {
                settle(chunk.broken(), tally, listener);
            } else {
                write(chunk, tally, listener, failoverWait);
            }
            tally.bytesDone(chunk.bytes());
            listener.progress(tally);
        }
    }

    /** Writes a chunk, cut into batches wherever a reference ID repeats, so the later row sees the earlier one. */
    private void write(Chunk chunk, ImportTally tally, ImportListener listener, java.time.Duration failoverWait) {
        var batch = new ArrayList<Prepared>();
        var refIds = new HashSet<String>();
        for (var p : chunk.rows()) {
            if (p.cable() != null && !refIds.add(p.cable().refId())) {
                writeBatch(batch, tally, listener, failoverWait);
                batch = new ArrayList<>();
                refIds.clear();
                refIds.add(p.cable().refId());
            }
            batch.add(p);
        }
        writeBatch(batch, tally, listener, failoverWait);
    }

    private void writeBatch(List<Prepared> batch, ImportTally tally, ImportListener listener,
                            java.time.Duration failoverWait) {
        var cables = new ArrayList<PreparedCable>(batch.size());
        for (var p : batch) {
            if (p.cable() != null) {
                cables.add(p.cable());
            }
        }
        var outcomes = batchTimer.record(() -> writer.write(cables, failoverWait));
        int next = 0;
        for (var p : batch) {
            var row = p.row();
            RowResult result;
            if (p.cable() == null) {
                result = new RowResult(row.rowNumber(), row.line(), blankToNull(row.refId()), null, p.reason());
            } else {
                ImportOutcome outcome = outcomes.get(next++);
                result = new RowResult(row.rowNumber(), row.line(), p.cable().refId(), outcome,
                        outcome == null ? "the cable could not be stored" : null);
            }
            settle(result, tally, listener);
        }
    }

    private void settle(RowResult result, ImportTally tally, ImportListener listener) {
        tally.count(result);
        metrics.settled(result.outcome());
        listener.row(result);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One row, prepared or refused with a reason. */
    private record Prepared(CsvRow row, PreparedCable cable, String reason) {
    }

    /**
     * Rows cut from the input, prepared, with how far the input had been read when they were cut; or a row where
     * the CSV broke; or the end.
     */
    private record Chunk(List<Prepared> rows, RowResult broken, long bytes) {

        static final Chunk END = new Chunk(List.of(), null, -1);

        static Chunk broken(RowResult row, long bytes) {
            return new Chunk(List.of(), row, bytes);
        }
    }
}
