package org.cablegate.search;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.SearchConfig;
import org.cablegate.persistence.CablesWritten;
import org.jboss.logging.Logger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the search index current with every import path: each committed batch of written cables is indexed on one
 * thread of its own, in commit order, so that analysing text overlaps with the next batch's database writes instead of
 * adding to them. A full queue makes the import wait (memory stays bounded). Searches see the cables within the
 * index's refresh interval.
 */
@ApplicationScoped
public class IndexOnWrite {

    private static final Logger LOG = Logger.getLogger(IndexOnWrite.class);

    private final CableSearchIndex index;
    private final ThreadPoolExecutor indexer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4), r -> {
                var t = new Thread(r, "search-indexer");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    private final Event<CablesIndexed> indexed;
    /** Off in commands: the services index the written cables from the change log. */
    private final boolean enabled;

    public IndexOnWrite(CableSearchIndex index, Event<CablesIndexed> indexed, SearchConfig config) {
        this.index = index;
        this.indexed = indexed;
        this.enabled = config.indexWrites();
    }

    /** Whether this process indexes the cables it writes (else the services do, from the change log). */
    public boolean enabled() {
        return enabled;
    }

    void onWritten(@Observes CablesWritten written) {
        if (!enabled) {
            return;
        }
        // With their content hashes: the change-log follower then knows these need no second indexing.
        var cables = written.cables().stream()
                .map(p -> IndexedCable.of(p.cable()).withContentHash(p.contentHash())).toList();
        indexer.execute(() -> {
            try {
                index.upsertIndexed(cables);
                indexed.fire(new CablesIndexed(cables.stream().map(IndexedCable::refId).toList()));
            } catch (RuntimeException e) {
                // The database has the cables; `reindex` repairs the index. An import never fails over it.
                LOG.warnf(e, "Search index not updated for %d cables", cables.size());
            }
        });
    }

    /** Waits for the batches already queued: the import command exits only when they are searchable. */
    public void drain() {
        try {
            // Runs after everything queued before it: one thread, in order.
            indexer.submit(() -> { }).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("Search indexing did not finish in time; run the reindex command", e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        drain();
        indexer.shutdown();
    }
}
