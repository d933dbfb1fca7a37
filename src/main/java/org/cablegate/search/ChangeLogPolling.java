package org.cablegate.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.cablegate.persistence.ChangeLog;
import org.cablegate.config.SearchConfig;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs this replica's {@link ChangeFollower} while the service serves: a poll every
 * {@code cables.search.follow-millis}, and, once an hour, pruning of log rows older than
 * {@code cables.search.change-log-retention} (any replica may prune; the others find nothing left). The commands
 * ({@code import}, {@code reindex}, {@code facts}) set {@code follow-millis} to 0 themselves ({@code CablegateMain}):
 * nothing runs then. What the follower applied is announced as {@link ChangesFollowed}.
 */
@ApplicationScoped
public class ChangeLogPolling {

    private static final Logger LOG = Logger.getLogger(ChangeLogPolling.class);

    private final AgroalDataSource dataSource;
    private final ChangeFollower follower;
    private final long pollMillis;
    private final Duration retention;
    private ScheduledExecutorService scheduler;

    public ChangeLogPolling(AgroalDataSource dataSource, CableSearchIndex index, SearchReindex reindex,
                            Event<ChangesFollowed> followed, SearchConfig config) {
        this.dataSource = dataSource;
        this.follower = new ChangeFollower(dataSource, index.lucene(), () -> reindex.rebuild(done -> { }),
                refIds -> followed.fire(new ChangesFollowed(refIds)), ChangeFollower.GRACE);
        this.pollMillis = config.followMillis();
        this.retention = config.changeLogRetention();
    }

    void onStart(@Observes StartupEvent event) {
        if (pollMillis <= 0) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "change-log-follower");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::pruneQuietly, 1, 60, TimeUnit.MINUTES);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Applies what the log holds now (tests, and anyone who cannot wait for the next poll). */
    public ChangeFollower.Poll pollNow() throws SQLException, java.io.IOException {
        return follower.poll();
    }

    private void pollQuietly() {
        try {
            var poll = follower.poll();
            if (poll.changes() > 0) {
                LOG.debugf("Change log: %d changes, %d cables reindexed", poll.changes(), poll.reindexed());
            }
        } catch (Exception e) {
            // The next poll starts again from the recorded position: nothing is lost by a failed one.
            LOG.warnf("Change log poll failed (%s); retried in %d ms", e.getMessage(), pollMillis);
        }
    }

    private void pruneQuietly() {
        try (var connection = dataSource.getConnection()) {
            int deleted = ChangeLog.prune(connection, Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.infof("Change log: %d rows older than %s pruned", deleted, retention);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Change log pruning failed (%s)", e.getMessage());
        }
    }
}
