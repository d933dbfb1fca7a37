package org.cablegate.search;

import org.cablegate.persistence.ChangeLog;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Keeps one replica's search index (and, through {@code invalidate}, its response cache) current with the change
 * log in the database, whoever wrote the cables. Each {@link #poll()} reads the log's rows above the index's
 * recorded position, reloads from the database the cables whose content the index does not hold yet (a cable this
 * process indexed on its own write carries the same content hash, and is skipped), and tells the cache.
 *
 * <p><b>Gaps.</b> A row's seq is taken when its transaction inserts it, but the row becomes visible at commit:
 * concurrent writers, and Galera (whose AUTO_INCREMENT steps by the node count and whose nodes certify in their own
 * order), make rows appear below seqs already read. So the recorded position is not the highest seq seen but the
 * highest seen at a poll at least {@link #GRACE} ago; every poll re-reads the window above it and skips the seqs it
 * already applied (kept in memory). A row that becomes visible later than {@code GRACE} after a higher one was read
 * would be missed: far longer than any batch's transaction. After a restart the window is re-read, and its cables
 * mostly skipped by content hash.
 *
 * <p><b>Behind the log.</b> Rows older than the retention are pruned, and pruning records the highest seq it
 * deleted: an index whose position is below it (a replica stopped for longer than the retention) is rebuilt.
 */
public final class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);
    /** How long a row may take to become visible after a higher seq was read. */
    public static final Duration GRACE = Duration.ofSeconds(60);
    private static final int PAGE = 5000;

    /** What rebuilds the index from the database when it is further behind than the log reaches. */
    public interface Rebuilder {
        void rebuild() throws SQLException, IOException;
    }

    private final DataSource dataSource;
    private final LuceneCableIndex index;
    private final Rebuilder rebuilder;
    private final Consumer<Collection<String>> invalidate;
    private final long graceNanos;

    /** Seqs above the recorded position already applied. */
    private final TreeSet<Long> applied = new TreeSet<>();
    /** (poll time, highest seq seen by then), oldest first: the position advances to one at least GRACE old. */
    private final ArrayDeque<long[]> marks = new ArrayDeque<>();
    private long position = -1;
    private long highest;

    public ChangeFollower(DataSource dataSource, LuceneCableIndex index, Rebuilder rebuilder,
                          Consumer<Collection<String>> invalidate, Duration grace) {
        this.dataSource = dataSource;
        this.index = index;
        this.rebuilder = rebuilder;
        this.invalidate = invalidate;
        this.graceNanos = grace.toNanos();
    }

    /** What one poll did. */
    public record Poll(int changes, int reindexed, boolean rebuilt) {
    }

    /** Applies the changes logged since the last poll; not thread-safe (one poller). */
    public synchronized Poll poll() throws SQLException, IOException {
        if (index.isRebuilding()) {
            return new Poll(0, 0, false);
        }
        if (position != index.followedSeq()) {
            // First poll, or a rebuild recorded a new position: start over from what the index says.
            position = index.followedSeq();
            highest = position;
            applied.clear();
            marks.clear();
        }
        int changes = 0;
        int reindexed = 0;
        try (var connection = dataSource.getConnection()) {
            if (position < ChangeLog.prunedThrough(connection)) {
                LOG.infof("The search index (change log position %d) is behind the pruned change log: rebuilding it",
                        position);
                rebuilder.rebuild();
                position = -1;
                return new Poll(0, 0, true);
            }
            long from = position;
            while (true) {
                var page = ChangeLog.after(connection, from, PAGE);
                var fresh = new ArrayList<ChangeLog.Change>();
                for (var change : page) {
                    if (!applied.contains(change.seq())) {
                        fresh.add(change);
                    }
                }
                if (!fresh.isEmpty()) {
                    reindexed += apply(connection, fresh);
                    fresh.forEach(c -> applied.add(c.seq()));
                    changes += fresh.size();
                    highest = Math.max(highest, fresh.get(fresh.size() - 1).seq());
                }
                if (page.size() < PAGE) {
                    break;
                }
                from = page.get(page.size() - 1).seq();
            }
        }
        advance(System.nanoTime());
        return new Poll(changes, reindexed, false);
    }

    /** Reindexes the changed cables whose content the index lacks, and drops their cached answers. */
    private int apply(java.sql.Connection connection, List<ChangeLog.Change> changes) throws SQLException, IOException {
        var ids = new LinkedHashMap<Long, String>();
        changes.forEach(c -> ids.put(c.cableId(), c.refId()));
        var stored = CableRows.stored(connection, ids.keySet());
        var indexed = index.contentHashes(stored.stream().map(CableRows.Stored::refId).toList());
        var stale = new ArrayList<Long>();
        for (var cable : stored) {
            if (!cable.contentHash().equals(indexed.get(cable.refId()))) {
                stale.add(cable.id());
            }
        }
        if (!stale.isEmpty()) {
            index.upsert(CableRows.byIds(connection, stale));
        }
        // Also for cables indexed already: another replica's write (or a new older version) changes answers.
        Set<String> refIds = new HashSet<>(ids.values());
        invalidate.accept(refIds);
        return stale.size();
    }

    /** Moves the recorded position to the highest seq seen at a poll at least GRACE ago. */
    private void advance(long now) {
        marks.addLast(new long[]{now, highest});
        long reached = position;
        while (!marks.isEmpty() && now - marks.peekFirst()[0] >= graceNanos) {
            reached = Math.max(reached, marks.pollFirst()[1]);
        }
        if (reached > position) {
            position = reached;
            applied.headSet(position, true).clear();
            index.setFollowedSeq(position);
        }
    }
}
