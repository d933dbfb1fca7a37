package org.cablegate.search;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cablegate.config.SearchConfig;
import org.cablegate.domain.Cable;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interim hook until the import pipeline calls {@link CableSearchIndex#upsert} itself: every cable written in a
 * transaction is indexed when that transaction commits (never when it rolls back), whichever path wrote it (the
 * command, {@code POST /api/v1/cables}, the samples). Its document is taken from the entity just before the
 * commit, when its collections are all loaded. Off with {@code cables.search.index-on-commit=false}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class IndexOnCommit implements Interceptor {

    private static final Logger LOG = Logger.getLogger(IndexOnCommit.class);
    private static final Object KEY = IndexOnCommit.class;

    private final TransactionSynchronizationRegistry transactions;
    private final CableSearchIndex index;
    private final SearchConfig config;

    public IndexOnCommit(TransactionSynchronizationRegistry transactions, CableSearchIndex index, SearchConfig config) {
        this.transactions = transactions;
        this.index = index;
        this.config = config;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        written(entity);
        return false;
    }

    private void written(Object entity) {
        if (!(entity instanceof Cable cable) || !config.indexOnCommit()
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (Map<String, Cable>) transactions.getResource(KEY);
        if (pending == null) {
            pending = new LinkedHashMap<>();
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(new IndexAfterCommit(pending));
        }
        pending.put(cable.refId, cable);
    }

    private final class IndexAfterCommit implements Synchronization {

        private final Map<String, Cable> pending;
        private List<IndexedCable> documents = List.of();

        IndexAfterCommit(Map<String, Cable> pending) {
            this.pending = pending;
        }

        @Override
        public void beforeCompletion() {
            try {
                documents = pending.values().stream().map(IndexedCable::of).toList();
            } catch (RuntimeException e) {
                // Never fail the cable's transaction over its search document: the reindex command repairs it.
                LOG.warnf(e, "Search document of %s not built", pending.keySet());
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED || documents.isEmpty()) {
                return;
            }
            try {
                index.upsertIndexed(documents);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Search index not updated for %s", pending.keySet());
            }
        }
    }
}
