package org.cablegate.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.SearchConfig;
import org.cablegate.semantic.EmbedderStopped;
import org.cablegate.semantic.SentenceEmbedder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;

/**
 * Writes the paragraph vectors of every cable the index holds without them, on one background thread: embedding runs
 * at about 100 paragraphs a second on two cores, far slower than an import (README "Search"), so imports write text
 * only and this follows. It starts with the service, looks again whenever the index was written, reads each cable's
 * text from the index itself (no database), and keeps no state of its own: a cable's vector documents are the mark
 * that it is done, committed with the index, so a restart resumes where the last commit stood. Keyword search answers
 * throughout; semantic and hybrid search see the vectors written so far. {@code reindex --vectors} runs the same work
 * to the end in the foreground.
 */
@ApplicationScoped
public class VectorIndexer {

    private static final Logger LOG = Logger.getLogger(VectorIndexer.class);
    /** Cables embedded per pass (their texts in one call to the model). */
    static final int BATCH = 16;
    private static final long IDLE_MILLIS = 1000;

    /** What the indexer has done: cables in the index, those with vectors, its state and rate. */
    public record Progress(int cables, int withVectors, String state, double textsPerSecond) {
    }

    private final CableSearchIndex index;
    private final SearchConfig config;
    private volatile Progress progress = new Progress(0, 0, "off", 0);
    private volatile boolean stopped;
    private Thread thread;

    public VectorIndexer(CableSearchIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.vectors()) {
            return;
        }
        progress = new Progress(0, 0, "starting", 0);
        thread = new Thread(this::follow, "search-vectors");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Progress progress() {
        return progress;
    }

    private void follow() {
        long seen = -1;
        while (!stopped) {
            try {
                long writes = index.lucene().writes();
                if (writes == seen || index.isRebuilding()) {
                    Thread.sleep(IDLE_MILLIS);
                    continue;
                }
                if (pass() == 0) {
                    seen = writes;
                }
            } catch (InterruptedException | EmbedderStopped e) {
                return;
            } catch (RuntimeException | IOException e) {
                LOG.warn("Vector indexing failed; trying again shortly", e);
                try {
                    Thread.sleep(10 * IDLE_MILLIS);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** One batch: the texts embedded (0 when every cable has its vectors). */
    private int pass() throws IOException {
        var scan = index.lucene().scanVectors(BATCH);
        if (scan.without().isEmpty()) {
            progress = new Progress(scan.cables(), scan.withVectors(), "current", progress.textsPerSecond());
            return 0;
        }
        progress = new Progress(scan.cables(), scan.withVectors(), "embedding", progress.textsPerSecond());
        long started = System.nanoTime();
        int texts = index.lucene().addVectors(scan.without(), SentenceEmbedder.shared()::embedAll);
        double seconds = (System.nanoTime() - started) / 1e9;
        progress = new Progress(scan.cables(), scan.withVectors() + scan.without().size(), "embedding",
                texts / Math.max(seconds, 1e-3));
        return Math.max(texts, 1);
    }

    /**
     * Embeds every cable without vectors, in this thread, then commits: the {@code reindex --vectors} command.
     *
     * @param cablesDone told the number of cables with vectors after each batch
     * @return the number of texts (subjects and paragraphs) embedded
     */
    public long runToEnd(LongConsumer cablesDone) {
        long texts = 0;
        try {
            for (var scan = index.lucene().scanVectors(BATCH); !scan.without().isEmpty();
                 scan = index.lucene().scanVectors(BATCH)) {
                texts += index.lucene().addVectors(scan.without(), SentenceEmbedder.shared()::embedAll);
                cablesDone.accept(scan.withVectors() + scan.without().size());
                progress = new Progress(scan.cables(), scan.withVectors() + scan.without().size(), "embedding", 0);
            }
            index.lucene().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("vector indexing could not read or write the index", e);
        }
        return texts;
    }
}
