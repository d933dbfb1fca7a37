package org.cablegate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads stored facts: per cable, per paragraph, corpus-wide in keyset pages, aggregated, and the acronym glossary. */
@ApplicationScoped
public class FactQueries {

    private final EntityManager em;

    public FactQueries(EntityManager em) {
        this.em = em;
    }

    /** A cable's facts in document order, optionally of one type or one paragraph. */
    public List<FactRow> ofCable(long cableId, String n, String type) {
        var sql = new StringBuilder("SELECT " + FactRow.COLUMNS + " FROM fact f WHERE f.cable_id = ?");
        var params = new ArrayList<Object>(List.of(cableId));
        if (n != null) {
            sql.append(" AND f.n = ?");
            params.add(n);
        }
        if (type != null) {
            sql.append(" AND f.type = ?");
            params.add(type);
        }
        sql.append(" ORDER BY f.position, f.start_offset, f.type");
        return rows(sql.toString(), params);
    }

    public List<FactRow> page(FactFilter filter, FactKey after, int limit) {
        var sql = new StringBuilder("SELECT " + FactRow.COLUMNS + " FROM fact f WHERE 1 = 1");
        var params = new ArrayList<Object>();
        where(sql, params, filter);
        if (after != null) {
            sql.append(" AND (f.created < ? OR (f.created = ? AND f.id < ?))");
            params.add(utc(after.created()));
            params.add(utc(after.created()));
            params.add(after.id());
        }
        sql.append(" ORDER BY f.created DESC, f.id DESC LIMIT ?");
        params.add(limit);
        return rows(sql.toString(), params);
    }

    /**
     * Totals of normalised values grouped by substance, origin and year: "kg of heroin seized, by origin and year".
     * Units and currencies are part of the group, so kilograms never add up with litres or dollars with tenge.
     */
    public List<FactTotal> totals(FactFilter filter, int limit) {
        var sql = new StringBuilder("""
                SELECT f.substance, f.origin, YEAR(f.created), COALESCE(f.unit, f.currency),
                       SUM(COALESCE(f.value, (f.value_min + f.value_max) / 2)), COUNT(*), COUNT(DISTINCT f.cable_id)
                FROM fact f WHERE 1 = 1""");
        var params = new ArrayList<Object>();
        where(sql, params, filter);
        sql.append(" GROUP BY f.substance, f.origin, YEAR(f.created), COALESCE(f.unit, f.currency)"
                + " ORDER BY 5 DESC LIMIT ?");
        params.add(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql.toString(), params).getResultList();
        return rows.stream().map(r -> new FactTotal((String) r[0], (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], (BigDecimal) r[4],
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
    }

    /** Acronyms and expansions in alphabetical order, after the pair given (exclusive; null: from the start). */
    public List<AcronymCount> acronyms(String prefix, String afterAcronym, String afterExpansion, int limit) {
        var sql = new StringBuilder("""
                SELECT f.acronym, f.target, COUNT(*), COUNT(DISTINCT f.cable_id), MIN(f.ref_id)
                FROM fact f WHERE f.type = 'acronym' AND f.acronym IS NOT NULL""");
        var params = new ArrayList<Object>();
        if (prefix != null) {
            sql.append(" AND f.acronym LIKE ?");
            params.add(prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterAcronym != null) {
            sql.append(" AND (f.acronym > ? OR (f.acronym = ? AND f.target > ?))");
            params.add(afterAcronym);
            params.add(afterAcronym);
            params.add(afterExpansion);
        }
        sql.append(" GROUP BY f.acronym, f.target ORDER BY f.acronym, f.target LIMIT ?");
        params.add(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql.toString(), params).getResultList();
        return rows.stream().map(r -> new AcronymCount((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4])).toList();
    }

    private static void where(StringBuilder sql, List<Object> params, FactFilter f) {
        if (f.type() != null) {
            sql.append(" AND f.type = ?");
            params.add(f.type());
        }
        if (f.unit() != null) {
            sql.append(" AND f.unit = ?");
            params.add(f.unit());
        }
        if (f.currency() != null) {
            sql.append(" AND f.currency = ?");
            params.add(f.currency());
        }
        if (f.substance() != null) {
            sql.append(" AND f.substance = ?");
            params.add(f.substance());
        }
        if (f.origin() != null) {
            sql.append(" AND f.origin = ?");
            params.add(f.origin());
        }
        if (f.from() != null) {
            sql.append(" AND f.created >= ?");
            params.add(utc(f.from()));
        }
        if (f.until() != null) {
            sql.append(" AND f.created < ?");
            params.add(utc(f.until()));
        }
    }

    private List<FactRow> rows(String sql, List<Object> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params).getResultList();
        return rows.stream().map(FactRow::of).toList();
    }

    private jakarta.persistence.Query query(String sql, List<Object> params) {
        return NativeSql.query(em, sql, params, null);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDateTime();
    }
}
