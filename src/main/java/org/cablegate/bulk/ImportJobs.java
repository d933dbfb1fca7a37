package org.cablegate.bulk;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.CablesConfig;
import org.cablegate.persistence.ImportJobRecord;
import org.cablegate.persistence.ImportJobStore;
import org.cablegate.persistence.RowResult;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Bulk import jobs: a dump sent over HTTP is kept in a spool file, then imported in the background, one job at a
 * time, with its progress and report in the {@code import_job} table. A job that was running when the service stopped
 * (even by {@code kill -9}) is started again from its spool file at the next start; rows already stored are skipped
 * as unchanged, so nothing is lost or doubled.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final SecureRandom IDS = new SecureRandom();
    /** How long the shutdown waits for the batch being written (a batch takes well under a second). */
    private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(15);

    private final BulkImporter importer;
    private final ImportJobStore store;
    private final CablesConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "import-jobs");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(BulkImporter importer, ImportJobStore store, CablesConfig config) {
        this.importer = importer;
        this.store = store;
        this.config = config;
    }

    /** Resumes the jobs a stopped service left running; runs in the background, never delaying readiness. */
    void onStart(@Observes StartupEvent event) {
        if (config.importing().resumeJobsAtStart()) {
            worker.submit(this::resumeLeftRunning);
        }
    }

    /**
     * The running job stops after the batch being written and stays "running", to resume at the next start (an
     * interrupt instead would fail it); queued jobs wait for the next start with their spool files.
     */
    void onStop(@Observes ShutdownEvent event) {
        importer.requestStop();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("The running import did not stop within %s; it resumes at the next start", STOP_WAIT);
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }

    /** Keeps the body in a spool file, records the job and queues it; answers once the body is safely on disk. */
    public ImportJobRecord submit(InputStream body) throws IOException {
        var id = newId();
        var spool = spoolDir().resolve(id + ".dump");
        try {
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        store.create(id, "POST /api/v1/imports", Files.size(spool), spool.toString());
        try {
            worker.submit(() -> runSpooled(id, spool));
        } catch (RejectedExecutionException shuttingDown) {
            // The body arrived while the service stops: the job is recorded with its spool file and runs at the
            // next start, like one cut short.
            LOG.infof("Import job %s is queued for the next start: the service is stopping", id);
        }
        return store.find(id).orElseThrow();
    }

    public Optional<ImportJobRecord> find(String id) {
        return store.find(id);
    }

    /**
     * Runs an import in the calling thread and records it as a job (the command line's way).
     *
     * @throws IOException when the input cannot be read; the rows before that point are stored
     */
    public ImportTally run(String id, DumpInput input, ImportListener watcher) throws IOException {
        return run(id, input, watcher, Integer.MAX_VALUE);
    }

    private ImportTally run(String id, DumpInput input, ImportListener watcher, int parallelism) throws IOException {
        var tally = new ImportTally(input.size());
        var recorder = new JobRecorder(id, watcher);
        try {
            importer.run(input.reader(), input::bytesRead, tally, recorder, parallelism);
            recorder.flush(tally);
            store.finish(id, ImportJobStore.DONE, null);
            return tally;
        } catch (ImportInterruptedException e) {
            // Left "running": a job with a spool file resumes at the next start.
            recorder.flush(tally);
            throw e;
        } catch (IOException | RuntimeException e) {
            recorder.flush(tally);
            if (cutShortByStop(e)) {
                // The service stopped before the batch in flight finished (the worker interrupted after STOP_WAIT,
                // seen on a loaded machine): that batch rolled back whole, and the job resumes like one stopped between
                // batches. Failing it would lose an upload that was fine.
                throw e;
            }
            store.finish(id, ImportJobStore.FAILED, "the import stopped at row " + (tally.rows() + 1) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            throw e;
        }
    }

    /** A new job record for an import the caller runs itself. */
    public String create(String source, Long bytesTotal) {
        var id = newId();
        store.create(id, source, bytesTotal, null);
        return id;
    }

    private void runSpooled(String id, Path spool) {
        try (var input = DumpInput.open(spool.toString())) {
            // Beside the service's reads: half the cores by default, so that searches recomputed after a batch are
            // not starved (in 90 s soaks on 2 cores: 11 search pages over 2 s with both cores, 1 with one).
            run(id, input, new ImportListener() {
            }, config.importing().jobThreads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
            Files.deleteIfExists(spool);
        } catch (IOException | RuntimeException e) {
            if (cutShortByStop(e)) {
                LOG.infof("Import job %s was cut short by the stop; it resumes at the next start", id);
            } else {
                LOG.errorf("Import job %s failed: %s", id, e.getMessage());
            }
        }
    }

    /** Whether an import ended because the service is stopping: asked to stop between batches, or interrupted. */
    static boolean cutShortByStop(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportInterruptedException || cause instanceof InterruptedException
                    || cause instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private void resumeLeftRunning() {
        try {
            for (var job : store.running()) {
                if (job.spoolFile() != null && Files.isReadable(Path.of(job.spoolFile()))) {
                    LOG.infof("Resuming import job %s, stopped at row %d: stored rows are skipped", job.id(),
                            job.rowsDone());
                    store.restart(job.id());
                    runSpooled(job.id(), Path.of(job.spoolFile()));
                } else if (job.spoolFile() != null) {
                    store.finish(job.id(), ImportJobStore.FAILED,
                            "the service stopped during the import and its spool file is gone; POST the dump again "
                                    + "(stored cables are kept and skipped)");
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Import jobs left running could not be resumed: %s", e.getMessage());
        }
    }

    private Path spoolDir() {
        var dir = Path.of(config.importing().spoolDir().orElse(Path.of(config.dataDir(), "imports").toString()));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("spool directory " + dir + " cannot be created", e);
        }
    }

    private static String newId() {
        var bytes = new byte[8];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Saves progress and new rejections after every batch, then passes them on. */
    private final class JobRecorder implements ImportListener {

        private final String id;
        private final ImportListener watcher;
        private final List<RowResult> newRejections = new ArrayList<>();
        private long savedAt;

        JobRecorder(String id, ImportListener watcher) {
            this.id = id;
            this.watcher = watcher;
        }

        @Override
        public void row(RowResult result) {
            if (result.rejected()) {
                newRejections.add(result);
            }
            watcher.row(result);
        }

        @Override
        public void progress(ImportTally tally) {
            // At most twice a second: a job's page is read by people, and each save is a transaction.
            if (System.nanoTime() - savedAt > 500_000_000L || newRejections.size() > 500) {
                flush(tally);
            }
            watcher.progress(tally);
        }

        void flush(ImportTally tally) {
            store.progress(id, tally.rows(), tally.bytesDone(), tally.created(), tally.unchanged(), tally.updated(),
                    tally.rejected(), List.copyOf(newRejections));
            newRejections.clear();
            savedAt = System.nanoTime();
        }
    }
}
