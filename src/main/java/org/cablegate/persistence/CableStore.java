package org.cablegate.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.cablegate.domain.Cable;
import org.cablegate.ingest.ParsedCable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes parsed cables. Each cable is one transaction: a cable that fails leaves nothing half-written, and a batch
 * goes on past it.
 */
@ApplicationScoped
public class CableStore {

    private final FactStore facts;

    public CableStore(FactStore facts) {
        this.facts = facts;
    }

    /** Upserts by refId, in a transaction of its own. */
    public ImportOutcome upsert(ParsedCable parsed) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> write(parsed));
        } catch (PersistenceException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // Another request created the same cable between our look-up and our insert: it is there now.
            return QuarkusTransaction.requiringNew().call(() -> write(parsed));
        }
    }

    private ImportOutcome write(ParsedCable parsed) {
        var hash = ContentHash.of(parsed);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var existing = Cable.findByRefId(parsed.refId());
        if (existing.isPresent() && hash.equals(existing.get().contentHash)) {
            return ImportOutcome.UNCHANGED;
        }
        var cable = existing.orElseGet(Cable::new);
        CableMapper.copy(parsed, cable);
        cable.contentHash = hash;
        cable.updatedAt = now;
        if (existing.isEmpty()) {
            cable.importedAt = now;
            cable.persist();
        }
        cable.flush();
        facts.replace(cable, parsed);
        return existing.isEmpty() ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
