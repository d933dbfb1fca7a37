package org.cablegate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.cablegate.domain.Cable;
import org.cablegate.domain.StoredParagraph;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/** Reads cables. Every list is a keyset page over an index, so page 10,000 costs what page 1 costs. */
@ApplicationScoped
public class CableQueries {

    private final EntityManager em;

    public CableQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Up to {@code limit} cables after {@code after} (null: from the newest), newest first.
     * Ask for one more than a page to learn whether a next page exists.
     */
    public List<Cable> page(CableFilter filter, CableKey after, int limit) {
        var sql = new StringBuilder("SELECT c.id FROM cable c WHERE 1 = 1");
        var params = new ArrayList<>();
        if (filter.origin() != null) {
            sql.append(" AND c.origin = ?");
            params.add(filter.origin());
        }
        if (filter.classification() != null) {
            sql.append(" AND c.classification = ?");
            params.add(filter.classification());
        }
        for (var tag : filter.tags()) {
            sql.append(" AND EXISTS (SELECT 1 FROM cable_tag t WHERE t.cable_id = c.id AND t.tag = ?)");
            params.add(tag);
        }
        if (filter.from() != null) {
            sql.append(" AND c.created >= ?");
            params.add(timestamp(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" AND c.created < ?");
            params.add(timestamp(filter.until()));
        }
        if (after != null) {
            sql.append(" AND (c.created < ? OR (c.created = ? AND c.ref_id < ?))");
            params.add(timestamp(after.created()));
            params.add(timestamp(after.created()));
            params.add(after.refId());
        }
        sql.append(" ORDER BY c.created DESC, c.ref_id DESC LIMIT ?");
        params.add(limit);

        return byIds(NativeSql.ids(em, sql, params));
    }

    /** The cables with these ids, in the order of the ids. */
    private List<Cable> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Cable> cables = Cable.list("id in ?1", ids);
        var order = new HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        cables.sort(Comparator.comparing(c -> order.get(c.id)));
        return cables;
    }

    public Optional<Cable> cable(String refId) {
        return Cable.findByRefId(refId);
    }

    public List<StoredParagraph> paragraphs(Cable cable) {
        return StoredParagraph.list("cable = ?1 order by position", cable);
    }

    public Optional<StoredParagraph> paragraph(Cable cable, String n) {
        return StoredParagraph.find("cable = ?1 and n = ?2", cable, n).firstResultOptional();
    }

    /**
     * Cables in the corpus that cite {@code refId}, oldest first: through their caption's REF line or in their text (a
     * reference fact resolved to it), each once.
     */
    public List<String> referencedBy(String refId) {
        @SuppressWarnings("unchecked")
        List<String> refIds = em.createNativeQuery("""
                        SELECT c.ref_id FROM (
                            SELECT r.cable_id FROM cable_reference r WHERE r.target_ref_id = ?1
                            UNION
                            SELECT f.cable_id FROM fact f WHERE f.target = ?1 AND f.type = 'reference') citing
                        JOIN cable c ON c.id = citing.cable_id
                        WHERE c.ref_id <> ?1
                        ORDER BY c.created, c.ref_id LIMIT 1000""", String.class)
                .setParameter(1, refId)
                .getResultList();
        return refIds;
    }

    /** Which of these reference IDs are cables in the corpus. */
    public java.util.Set<String> existing(java.util.Collection<String> refIds) {
        if (refIds.isEmpty()) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT ref_id FROM cable WHERE ref_id IN (?1)", String.class)
                .setParameter(1, refIds)
                .getResultList();
        return new java.util.HashSet<>(found);
    }

    /** Tags by the number of cables that carry them, most first: counts kept by every import, not a GROUP BY. */
    public List<FacetCount> tags(int limit) {
        return facets("""
                SELECT value, cables FROM facet_count WHERE facet = 'tag' AND cables > 0
                ORDER BY cables DESC, value LIMIT ?1""", limit);
    }

    /** Origins by the number of cables sent from them, most first. */
    public List<FacetCount> origins(int limit) {
        return facets("""
                SELECT value, cables FROM facet_count WHERE facet = 'origin' AND cables > 0
                ORDER BY cables DESC, value LIMIT ?1""", limit);
    }

    /** Whether no cable is stored: one index probe, not a COUNT(*) over 251,287 rows at every start. */
    public boolean isEmpty() {
        return em.createNativeQuery("SELECT 1 FROM cable LIMIT 1").getResultList().isEmpty();
    }

    private List<FacetCount> facets(String sql, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new FacetCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** DATETIME columns hold UTC wall-clock time. */
    private static LocalDateTime timestamp(java.time.Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDateTime();
    }
}
