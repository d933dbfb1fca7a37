package org.cablegate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.cablegate.domain.Cable;
import org.cablegate.domain.StoredParagraph;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks for bots: a random paragraph and the cables of a calendar day. Both read through indexes; neither sorts the
 * corpus ({@code ORDER BY RAND()} would read millions of rows).
 */
@ApplicationScoped
public class ParagraphPicks {

    private final EntityManager em;

    public ParagraphPicks(EntityManager em) {
        this.em = em;
    }

    /**
     * A paragraph matching the filters: the first one at or after a point drawn in the id range, wrapping round to
     * the start. {@code draw} in [0, 1) decides the point, so the same draw on the same data gives the same pick.
     * Paragraphs after a gap in the ids are a little likelier than others; for a bot's pick that is harmless.
     */
    public Optional<StoredParagraph> random(String tag, String origin, boolean hasFacts, double draw) {
        var bounds = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM paragraph").getSingleResult();
        if (bounds[0] == null) {
            return Optional.empty();
        }
        long min = ((Number) bounds[0]).longValue();
        long max = ((Number) bounds[1]).longValue();
        long point = min + (long) Math.floor(draw * (max - min + 1));
        return firstFrom(point, tag, origin, hasFacts).or(() -> firstFrom(min, tag, origin, hasFacts));
    }

    private Optional<StoredParagraph> firstFrom(long point, String tag, String origin, boolean hasFacts) {
        var sql = new StringBuilder("SELECT p.id FROM paragraph p JOIN cable c ON c.id = p.cable_id WHERE p.id >= ?");
        var params = new ArrayList<Object>(List.of(point));
        if (tag != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cable_tag t WHERE t.cable_id = c.id AND t.tag = ?)");
            params.add(tag);
        }
        if (origin != null) {
            sql.append(" AND c.origin = ?");
            params.add(origin);
        }
        if (hasFacts) {
            sql.append(" AND EXISTS (SELECT 1 FROM fact f WHERE f.cable_id = p.cable_id AND f.position = p.position)");
        }
        sql.append(" ORDER BY p.id LIMIT 1");
        return NativeSql.ids(em, sql, params).stream().findFirst().map(id -> StoredParagraph.findById(id));
    }

    /** Cables created on this month and day of any year, oldest first, after the given key. */
    public List<Cable> onThisDay(java.time.MonthDay day, CableKey after, int limit) {
        var sql = new StringBuilder("SELECT c.id FROM cable c WHERE c.created_month_day = ?");
        var params = new ArrayList<Object>(List.of(day.getMonthValue() * 100 + day.getDayOfMonth()));
        if (after != null) {
            var created = LocalDateTime.ofInstant(after.created(), java.time.ZoneOffset.UTC);
            sql.append(" AND (c.created > ? OR (c.created = ? AND c.ref_id > ?))");
            params.add(created);
            params.add(created);
            params.add(after.refId());
        }
        sql.append(" ORDER BY c.created, c.ref_id LIMIT ?");
        params.add(limit);
        var ids = NativeSql.ids(em, sql, params);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Cable> cables = Cable.list("id in ?1 order by created, refId", ids);
        return cables;
    }
}
