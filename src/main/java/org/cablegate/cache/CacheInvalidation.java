package org.cablegate.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cablegate.persistence.CableCitations;
import org.cablegate.persistence.CablesWritten;
import org.cablegate.search.CablesIndexed;
import org.cablegate.search.ChangesFollowed;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the cached answers a write made stale: the cables written, the cables they cite (their "referenced by"
 * changes) and the cables that cite them (a cited cable now in the corpus gets a link). Writes of this process
 * arrive as {@link CablesWritten} events; writes of other replicas through the change log, as {@link ChangesFollowed}
 * ({@link #invalidateStored(Collection)}).
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);

    private final ResponseCache cache;
    private final AgroalDataSource dataSource;

    public CacheInvalidation(ResponseCache cache, AgroalDataSource dataSource) {
        this.cache = cache;
        this.dataSource = dataSource;
    }

    /** The cables' own answers, their neighbours' and the list pages; search pages wait for the index. */
    void onWritten(@Observes CablesWritten written) {
        var stale = new HashSet<String>();
        var refIds = written.cables().stream().map(c -> c.refId()).toList();
        stale.addAll(refIds);
        for (var cable : written.cables()) {
            stale.addAll(cable.citedRefIds());
        }
        invalidate(stale, refIds, false);
    }

    /**
     * Search answers cached while the index still lacked the written cables (the index follows a write on its own
     * thread) are dropped once it has them.
     */
    void onIndexed(@Observes CablesIndexed indexed) {
        cache.invalidate(List.of(CacheKeys.SEARCHES));
    }

    /** What the change follower applied: another replica's writes. */
    void onFollowed(@Observes ChangesFollowed followed) {
        invalidateStored(followed.refIds());
    }

    /**
     * Drops what a write by another replica made stale, knowing only the reference IDs written: what they cite is
     * read from the database (as stored now, which is what the new answers show).
     */
    public void invalidateStored(Collection<String> refIds) {
        // The follower has put them in the search index already: search pages go too.
        var stale = new HashSet<>(refIds);
        stale.add(CacheKeys.SEARCHES);
        invalidate(stale, List.copyOf(refIds), true);
    }

    private void invalidate(Set<String> stale, List<String> written, boolean readCited) {
        stale.add(CacheKeys.LISTS);
        if (cache.size() > 0) {
            try (var connection = dataSource.getConnection()) {
                stale.addAll(CableCitations.citing(connection, written));
                if (readCited) {
                    stale.addAll(CableCitations.cited(connection, written));
                }
            } catch (SQLException e) {
                // Without knowing who cites them, forget everything rather than serve a stale link.
                LOG.warnf("Cables citing a write could not be read (%s): the whole cache is dropped", e.getSQLState());
                cache.invalidateAll();
                return;
            }
        }
        cache.invalidate(stale);
    }
}
