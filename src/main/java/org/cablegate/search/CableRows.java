package org.cablegate.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cables read back from the database as the index holds them: a row of {@code cable} with its tags, references and
 * paragraphs (three indexed reads per batch, whatever the batch's size). Used by the rebuild (keyset batches in
 * reference-ID order) and by the change-log follower (the cables a change names).
 */
final class CableRows {

    private static final String COLUMNS = "SELECT id, ref_id, created, released, classification, origin, subject, "
            + "classified_by, signer, content_hash FROM cable ";

    private CableRows() {
    }

    /** Up to {@code limit} cables after reference ID {@code after}, in reference-ID order. */
    static List<IndexedCable> after(Connection c, String after, int limit) throws SQLException {
        try (var s = c.prepareStatement(COLUMNS + "WHERE ref_id > ? ORDER BY ref_id LIMIT " + limit)) {
            s.setString(1, after);
            return complete(c, rows(s.executeQuery()));
        }
    }

    /** The cables of these ids (ids of cables that no longer exist are left out). */
    static List<IndexedCable> byIds(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (var s = c.createStatement()) {
            return complete(c, rows(s.executeQuery(COLUMNS + "WHERE id IN (" + joined(ids) + ")")));
        }
    }

    /** A cable as stored now: its reference ID and content hash. */
    record Stored(long id, String refId, String contentHash) {
    }

    /** The reference IDs and content hashes of the cables of these ids. */
    static List<Stored> stored(Connection c, Collection<Long> ids) throws SQLException {
        var out = new ArrayList<Stored>();
        if (!ids.isEmpty()) {
            each(c, "SELECT id, ref_id, content_hash FROM cable WHERE id IN (" + joined(ids) + ")",
                    rs -> out.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))));
        }
        return out;
    }

    /** A cable's row while its batch is read. */
    private static final class Row {
        String refId;
        Instant created;
        Instant released;
        String classification;
        String origin;
        String subject;
        String contentHash;
        List<String> people = List.of();
        final List<String> tags = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<IndexedCable.IndexedParagraph> paragraphs = new ArrayList<>();

        IndexedCable indexed() {
            return new IndexedCable(refId, created, released, classification, origin, subject, tags, references,
                    people, paragraphs, contentHash);
        }
    }

    private static LinkedHashMap<Long, Row> rows(ResultSet rs) throws SQLException {
        var rows = new LinkedHashMap<Long, Row>();
        try (rs) {
            while (rs.next()) {
                var row = new Row();
                row.refId = rs.getString(2);
                row.created = instant(rs, 3);
                row.released = instant(rs, 4);
                row.classification = rs.getString(5);
                row.origin = rs.getString(6);
                row.subject = rs.getString(7);
                row.people = IndexedCable.people(rs.getString(8), rs.getString(9));
                row.contentHash = rs.getString(10);
                rows.put(rs.getLong(1), row);
            }
        }
        return rows;
    }

    private static List<IndexedCable> complete(Connection c, Map<Long, Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = joined(rows.keySet());
        each(c, "SELECT cable_id, tag FROM cable_tag WHERE cable_id IN (" + ids + ") ORDER BY cable_id, position",
                rs -> rows.get(rs.getLong(1)).tags.add(rs.getString(2)));
        each(c, "SELECT cable_id, target_ref_id FROM cable_reference WHERE cable_id IN (" + ids
                        + ") AND target_ref_id IS NOT NULL ORDER BY cable_id, position",
                rs -> rows.get(rs.getLong(1)).references.add(rs.getString(2)));
        each(c, "SELECT cable_id, n, heading, text FROM paragraph WHERE cable_id IN (" + ids
                        + ") ORDER BY cable_id, position",
                rs -> rows.get(rs.getLong(1)).paragraphs.add(
                        new IndexedCable.IndexedParagraph(rs.getString(2), rs.getString(3), rs.getString(4))));
        return rows.values().stream().map(Row::indexed).toList();
    }

    /** Ids are numbers read from the database, never caller input. */
    private static String joined(Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String sql, RowReader reader) throws SQLException {
        try (var s = c.createStatement()) {
            s.setFetchSize(1000);
            try (var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        // DATETIME columns hold UTC (hibernate.jdbc.timezone=UTC): read them without the JVM's zone.
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
