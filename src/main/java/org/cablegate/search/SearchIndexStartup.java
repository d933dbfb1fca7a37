package org.cablegate.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.config.SearchConfig;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/**
 * At start-up: an empty index over a database that holds cables (a new replica, a lost or deleted index directory)
 * is rebuilt in the background. Start-up itself never waits for corpus-sized work; until the rebuild ends, searches
 * answer from what is indexed and readiness says that a rebuild is under way.
 */
@ApplicationScoped
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class);
    private static final long LOG_EVERY = 20_000;

    private final CableSearchIndex index;
    private final SearchReindex reindex;
    private final AgroalDataSource dataSource;
    private final SearchConfig config;
    private final SearchWarmUp warmUp;

    public SearchIndexStartup(CableSearchIndex index, SearchReindex reindex, AgroalDataSource dataSource,
                              SearchConfig config, SearchWarmUp warmUp) {
        this.index = index;
        this.reindex = reindex;
        this.dataSource = dataSource;
        this.config = config;
        this.warmUp = warmUp;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.rebuildWhenMissing() || index.size() > 0 || !databaseHasCables()) {
            return;
        }
        LOG.infof("The search index in %s is empty but the database holds cables: rebuilding it in the background",
                index.directory());
        var thread = new Thread(() -> {
            try {
                reindex.rebuild(done -> {
                    if (done % LOG_EVERY < SearchReindex.BATCH) {
                        LOG.infof("Search index rebuild: %d cables", done);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Search index rebuild failed; run the reindex command", e);
                return;
            }
            warmUp.afterRebuild();
        }, "search-index-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean databaseHasCables() {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT 1 FROM cable LIMIT 1")) {
            return rows.next();
        } catch (SQLException e) {
            LOG.warnf("Could not tell whether the database holds cables (%s); the search index is left as it is",
                    e.getMessage());
            return false;
        }
    }
}
