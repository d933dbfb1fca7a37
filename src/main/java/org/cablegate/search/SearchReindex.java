package org.cablegate.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * Rebuilds the service's search index from the database ({@link IndexRebuild}): the {@code reindex} command, a
 * replica that starts with an empty index, and one that fell further behind than the change log reaches.
 */
@ApplicationScoped
public class SearchReindex {

    private static final Logger LOG = Logger.getLogger(SearchReindex.class);
    static final int BATCH = IndexRebuild.BATCH;

    private final AgroalDataSource dataSource;
    private final CableSearchIndex index;

    public SearchReindex(AgroalDataSource dataSource, CableSearchIndex index) {
        this.dataSource = dataSource;
        this.index = index;
    }

    /**
     * Replaces the index with one built from every cable in the database.
     *
     * @param cablesDone told the number of cables indexed so far after each batch
     * @return the number of cables indexed
     */
    public long rebuild(LongConsumer cablesDone) {
        var started = System.nanoTime();
        long done;
        try {
            done = IndexRebuild.run(dataSource, index.lucene(), ChangeFollower.GRACE, cablesDone);
        } catch (SQLException e) {
            throw new IllegalStateException("search index rebuild could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("search index rebuild could not write the index", e);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("Search index rebuilt: %d cables in %.1f s (%.0f cables/s)", done, seconds, done / Math.max(seconds, 1e-3));
        return done;
    }
}
