package org.cablegate.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.SearchConfig;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * After start-up, a fixed handful of searches in every mode on a background thread at minimum priority, so that the
 * first readers after a deploy do not pay for what a fresh JVM has not done yet: loading the sentence model (about
 * 1 s), loading the search's classes and running its loops interpreted. Measured at full size on a fresh service,
 * each query's first request took 104-706 ms where the same query's p95 afterwards was under 50 ms. A fixed number of
 * searches, never work that grows with the corpus; an empty index is not warmed at start-up, but once its
 * background rebuild has filled it ({@link #afterRebuild}).
 */
@ApplicationScoped
public class SearchWarmUp {

    private static final Logger LOG = Logger.getLogger(SearchWarmUp.class);
    /** Word, words, phrase, a sentence described in the reader's words: each ranking path and the highlighter. */
    static final List<String> QUERIES = List.of("government", "oil exports", "\"prime minister\"",
            "who will succeed the ailing president");
    private static final int ROUNDS = 2;

    private final CableSearchIndex index;
    private final SearchConfig config;

    public SearchWarmUp(CableSearchIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.warmUp() || index.size() == 0) {
            return;
        }
        var thread = new Thread(this::warm, "search-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Warms up an index that start-up found empty, on the rebuild's own thread once it is filled: measured at full
     * size, the first searches after such a rebuild took 200-530 ms where the same queries' p95 later was 40 ms.
     */
    void afterRebuild() {
        if (config.warmUp()) {
            warm();
        }
    }

    /** Runs the warm-up's searches; returns how many ran (all of them unless one failed). */
    int warm() {
        long start = System.nanoTime();
        int searches = 0;
        var modes = config.vectors() ? List.of(SearchMode.KEYWORD, SearchMode.HYBRID, SearchMode.SEMANTIC)
                : List.of(SearchMode.KEYWORD);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (var q : QUERIES) {
                    for (var mode : modes) {
                        index.search(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 20,
                                null, true, mode));
                        searches++;
                    }
                }
            }
            LOG.infof("Search warmed up: %d searches in %d ms", searches, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | InvalidQueryException e) {
            // Only a warm-up: the searches that matter report their own errors.
            LOG.debugf(e, "Search warm-up stopped after %d searches", searches);
        }
        return searches;
    }
}
