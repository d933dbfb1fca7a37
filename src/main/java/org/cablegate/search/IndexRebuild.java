package org.cablegate.search;

import org.cablegate.persistence.ChangeLog;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Replaces an index with one built from every cable in the database, a keyset batch at a time (memory holds one
 * batch, never the corpus); searches see the old index until the new one is complete. The new index records the
 * change-log position it is current with: the last change logged a safe margin before the rebuild began reading,
 * so that the follower re-applies (and mostly skips, by content hash) whatever was written while it ran.
 */
final class IndexRebuild {

    static final int BATCH = 500;

    private IndexRebuild() {
    }

    /** @return the number of cables indexed */
    static long run(DataSource dataSource, LuceneCableIndex index, Duration margin, LongConsumer cablesDone)
            throws SQLException, IOException {
        long done = 0;
        try (var connection = dataSource.getConnection()) {
            // Pruned rows are older than any margin: an emptied log still tells how far the database has come.
            var followed = Math.max(ChangeLog.lastSeqBefore(connection, Instant.now().minus(margin)),
                    ChangeLog.prunedThrough(connection));
            var rebuild = index.beginRebuild();
            try {
                String last = "";
                while (true) {
                    var batch = CableRows.after(connection, last, BATCH);
                    if (batch.isEmpty()) {
                        break;
                    }
                    rebuild.add(batch);
                    done += batch.size();
                    last = batch.get(batch.size() - 1).refId();
                    cablesDone.accept(done);
                }
                index.setFollowedSeq(followed);
            } finally {
                rebuild.finish();
            }
        }
        return done;
    }
}
