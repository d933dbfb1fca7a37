package org.cablegate.versions;

import org.cablegate.ingest.ParsedCable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Version rows, written inside the import's transaction. A new cable costs one row; a changed one costs a row and the
 * delta that turns it back into the version before.
 */
public final class VersionStore {

    /** What an import does to a stored cable whose content hash differs from the incoming one. */
    public enum Decision {
        /** Same content as the current version (layout only), or as a stored version with the same known release time. */
        UNCHANGED,
        /** A new current version: the cable row is rewritten. */
        CURRENT,
        /** An older version filed in its place by release time: the cable row keeps the newer, current content. */
        EARLIER
    }

    /** The cable row's own version data, for a cable stored before versions were kept. */
    private record Current(VersionContent content, Instant released, Instant importedAt, String contentHash) {
    }

    private VersionStore() {
    }

    /** Version 1 of cables just created, one batched insert. */
    public static void recordFirst(Connection connection, Map<Long, ParsedCable> created, Map<Long, String> hashes,
                                   LocalDateTime now) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO cable_version (cable_id, version, released, imported_at, content_hash) VALUES (?, 1, ?, ?, ?)")) {
            for (var entry : created.entrySet()) {
                insert.setLong(1, entry.getKey());
                insert.setObject(2, utc(entry.getValue().released()));
                insert.setObject(3, now);
                insert.setString(4, hashes.get(entry.getKey()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Files each incoming cable against its stored versions and writes the version rows; the caller rewrites the cable
     * rows answered {@link Decision#CURRENT}.
     */
    public static Map<Long, Decision> file(Connection connection, Map<Long, ParsedCable> incoming,
                                           Map<Long, String> hashes, LocalDateTime now) throws SQLException {
        var decisions = new HashMap<Long, Decision>();
        if (incoming.isEmpty()) {
            return decisions;
        }
        var currents = loadCurrent(connection, incoming.keySet());
        var rows = loadRows(connection, incoming.keySet());
        for (var entry : incoming.entrySet()) {
            long cableId = entry.getKey();
            var current = currents.get(cableId);
            var stored = rows.getOrDefault(cableId, List.of());
            if (stored.isEmpty()) {
                stored = List.of(insertRow(connection, cableId, 1, current.released(), utc(current.importedAt()),
                        current.contentHash()));
            }
            var history = CableHistory.rebuild(cableId, stored, current.content());
            decisions.put(cableId, file(connection, history, entry.getValue(), hashes.get(cableId), now));
        }
        return decisions;
    }

    private static Decision file(Connection connection, CableHistory history, ParsedCable cable, String hash,
                                 LocalDateTime now) throws SQLException {
        var content = VersionContent.of(cable);
        var key = content.contentKey();
        int last = history.size() - 1;
        if (history.contents().get(last).contentKey().equals(key)) {
            return Decision.UNCHANGED;
        }
        // A text without a release time cannot be told apart from a new release of the same text: it is filed last.
        for (int i = 0; cable.released() != null && i < history.size(); i++) {
            var row = history.rows().get(i);
            if (cable.released().equals(row.released())
                    && history.contents().get(i).contentKey().equals(key)) {
                return Decision.UNCHANGED;
            }
        }
        int index = history.insertionIndex(cable.released());
        if (index > 0 && history.contents().get(index - 1).contentKey().equals(key)) {
            // The same content as the version it would follow: a later build that changed layout only.
            return Decision.UNCHANGED;
        }
        long cableId = history.cableId();
        var previous = index > 0 ? history.contents().get(index - 1) : null;
        if (index > last) {
            setDelta(connection, history.rows().get(last).id(), VersionDelta.between(content, history.contents().get(last)));
        } else {
            if (previous != null) {
                setDelta(connection, history.rows().get(index - 1).id(), VersionDelta.between(content, previous));
            }
            try (var shift = connection.prepareStatement(
                    "UPDATE cable_version SET version = version + 1 WHERE cable_id = ? AND version > ? ORDER BY version DESC")) {
                shift.setLong(1, cableId);
                shift.setInt(2, index);
                shift.executeUpdate();
            }
        }
        var inserted = insertRow(connection, cableId, index + 1, cable.released(), now, hash);
        if (index <= last) {
            setDelta(connection, inserted.id(), VersionDelta.between(history.contents().get(index), content));
        }
        if (previous != null) {
            recordChange(connection, inserted.id(), CableDiffer.diff(previous, content));
        }
        return index > last ? Decision.CURRENT : Decision.EARLIER;
    }

    private static StoredVersion insertRow(Connection connection, long cableId, int version, Instant released,
                                           LocalDateTime importedAt, String hash) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO cable_version (cable_id, version, released, imported_at, content_hash) VALUES (?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, cableId);
            insert.setInt(2, version);
            insert.setObject(3, utc(released));
            insert.setObject(4, importedAt);
            insert.setString(5, hash);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return new StoredVersion(keys.getLong(1), version, released, importedAt.toInstant(ZoneOffset.UTC), hash,
                        null);
            }
        }
    }

    private static void setDelta(Connection connection, long rowId, VersionDelta delta) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE cable_version SET delta = ? WHERE id = ?")) {
            update.setString(1, delta.toJson());
            update.setLong(2, rowId);
            update.executeUpdate();
        }
    }

    private static void recordChange(Connection connection, long rowId, CableDiff diff) throws SQLException {
        var lifted = diff.lifted();
        try (var update = connection.prepareStatement("""
                UPDATE cable_version SET is_change = TRUE, changed_paragraphs = ?, changed_fields = ?, lifted = ?,
                lifted_text = ? WHERE id = ?""")) {
            update.setString(1, clip(String.join(",", diff.changedParagraphs()), 1000));
            update.setString(2, clip(diff.fields().stream().map(CableDiff.FieldChange::name)
                    .collect(Collectors.joining(",")), 255));
            update.setInt(3, lifted.size());
            update.setString(4, lifted.isEmpty() ? null : clip(lifted.get(0).after(), 1000));
            update.setLong(5, rowId);
            update.executeUpdate();
        }
    }

    /** The whole history of one cable, or null when there is no such cable. */
    public static CableHistory history(Connection connection, long cableId) throws SQLException {
        var current = loadCurrent(connection, List.of(cableId)).get(cableId);
        if (current == null) {
            return null;
        }
        var rows = loadRows(connection, List.of(cableId)).getOrDefault(cableId, List.of());
        if (rows.isEmpty()) {
            rows = List.of(new StoredVersion(0, 1, current.released(), current.importedAt(), current.contentHash(), null));
        }
        return CableHistory.rebuild(cableId, rows, current.content());
    }

    private static Map<Long, List<StoredVersion>> loadRows(Connection connection, Collection<Long> ids)
            throws SQLException {
        var rows = new HashMap<Long, List<StoredVersion>>();
        try (var select = connection.prepareStatement("""
                SELECT cable_id, id, version, released, imported_at, content_hash, delta FROM cable_version
                WHERE cable_id IN (%s) ORDER BY cable_id, version""".formatted(placeholders(ids.size())))) {
            bind(select, ids);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredVersion(rs.getLong(2),
                            rs.getInt(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return rows;
    }

    private static Map<Long, Current> loadCurrent(Connection connection, Collection<Long> ids) throws SQLException {
        var in = placeholders(ids.size());
        var fields = new LinkedHashMap<Long, Map<String, String>>();
        var meta = new HashMap<Long, Object[]>();
        try (var select = connection.prepareStatement("""
                SELECT id, subject, classification, origin, classified_by, summary, signer, released, imported_at,
                content_hash FROM cable WHERE id IN (%s)""".formatted(in))) {
            bind(select, ids);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    var f = new HashMap<String, String>();
                    f.put("subject", rs.getString(2));
                    f.put("classification", rs.getString(3));
                    f.put("origin", rs.getString(4));
                    f.put("classifiedBy", rs.getString(5));
                    f.put("summary", rs.getString(6));
                    f.put("signer", rs.getString(7));
                    fields.put(rs.getLong(1), f);
                    meta.put(rs.getLong(1), new Object[]{instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                            rs.getString(10)});
                }
            }
        }
        var tags = new HashMap<Long, List<String>>();
        try (var select = connection.prepareStatement(
                "SELECT cable_id, tag FROM cable_tag WHERE cable_id IN (%s) ORDER BY cable_id, position".formatted(in))) {
            bind(select, ids);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        var paragraphs = new HashMap<Long, List<VersionParagraph>>();
        try (var select = connection.prepareStatement("""
                SELECT cable_id, n, marking, heading, text FROM paragraph WHERE cable_id IN (%s)
                ORDER BY cable_id, position""".formatted(in))) {
            bind(select, ids);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    paragraphs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new VersionParagraph(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        var out = new HashMap<Long, Current>();
        fields.forEach((id, f) -> {
            var t = tags.get(id);
            f.put("tags", t == null ? null : String.join(", ", t));
            var m = meta.get(id);
            out.put(id, new Current(new VersionContent(f, paragraphs.getOrDefault(id, List.of())), (Instant) m[0],
                    (Instant) m[1], (String) m[2]));
        });
        return out;
    }

    private static void bind(java.sql.PreparedStatement s, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (var id : ids) {
            s.setLong(i++, id);
        }
    }

    private static String placeholders(int n) {
        return "?" + ", ?".repeat(Math.max(0, n - 1));
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
