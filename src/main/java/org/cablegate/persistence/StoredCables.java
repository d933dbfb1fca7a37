package org.cablegate.persistence;

import org.cablegate.ingest.ParsedCable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cable rows of a batch: look-up by reference ID, insert, update, and removal of their child rows. */
final class StoredCables {

    /** What the writer needs to know of a stored cable. */
    record Stored(long id, String contentHash) {
    }

    private static final String COLUMNS = """
            ref_id, created, released, classification, origin, subject, transmission_id, precedence, dtg, sender,
            sipdis, caveats, eo, declassify_on, classified_by, summary, signer, source_format, content_hash,
            paragraph_count, updated_at""";
    private static final int COLUMN_COUNT = 21;
    private static final List<String> CHILD_TABLES = List.of("fact", "paragraph", "cable_tag", "cable_recipient",
            "cable_reference");

    private StoredCables() {
    }

    static Map<String, Stored> find(Connection connection, List<String> refIds) throws SQLException {
        var found = new HashMap<String, Stored>();
        try (var select = connection.prepareStatement(
                "SELECT ref_id, id, content_hash FROM cable WHERE ref_id IN (" + placeholders(refIds.size()) + ")")) {
            for (int i = 0; i < refIds.size(); i++) {
                select.setString(i + 1, refIds.get(i));
            }
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    /** Inserts new cables and answers their ids by reference ID. */
    static Map<String, Long> insert(Connection connection, List<PreparedCable> cables, LocalDateTime now)
            throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO cable (" + COLUMNS + ", imported_at, version) VALUES ("
                + placeholders(COLUMN_COUNT) + ", ?, 0)")) {
            for (var cable : cables) {
                bind(insert, cable, now);
                insert.setObject(COLUMN_COUNT + 1, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        var ids = new HashMap<String, Long>();
        find(connection, cables.stream().map(PreparedCable::refId).toList()).forEach((refId, s) -> ids.put(refId, s.id()));
        if (ids.size() != cables.size()) {
            // Rows this transaction inserted and cannot see: it is no longer the transaction that inserted them (lost
            // with its connection, or aborted by a conflicting commit on another node). Run it again whole.
            throw new java.sql.SQLTransactionRollbackException("inserted " + cables.size() + " cables and found "
                    + ids.size() + " of them in the same transaction", "40001", 1213);
        }
        return ids;
    }

    /**
     * The reference IDs of {@code cables} whose content is stored neither as the cable's current content nor among its
     * versions: read after a commit, the cables that commit did not store.
     */
    static List<String> notStored(Connection connection, List<PreparedCable> cables) throws SQLException {
        if (cables.isEmpty()) {
            return List.of();
        }
        var expected = new HashMap<String, String>();
        cables.forEach(c -> expected.put(c.refId(), c.contentHash()));
        var refIds = List.copyOf(expected.keySet());
        var missing = new java.util.HashSet<>(refIds);
        find(connection, refIds).forEach((refId, s) -> {
            if (s.contentHash().equals(expected.get(refId))) {
                missing.remove(refId);
            }
        });
        if (!missing.isEmpty()) {
            // Another writer may have stored newer content since: this content is then among the versions.
            var left = List.copyOf(missing);
            try (var select = connection.prepareStatement("SELECT c.ref_id, v.content_hash FROM cable_version v "
                    + "JOIN cable c ON c.id = v.cable_id WHERE c.ref_id IN (" + placeholders(left.size()) + ")")) {
                for (int i = 0; i < left.size(); i++) {
                    select.setString(i + 1, left.get(i));
                }
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2).equals(expected.get(rs.getString(1)))) {
                            missing.remove(rs.getString(1));
                        }
                    }
                }
            }
        }
        return missing.stream().sorted().toList();
    }

    static void update(Connection connection, Map<Long, PreparedCable> cables, LocalDateTime now) throws SQLException {
        var assignments = String.join(" = ?, ", COLUMNS.replace("\n", " ").split(",\\s*")) + " = ?";
        try (var update = connection.prepareStatement(
                "UPDATE cable SET " + assignments + ", version = version + 1 WHERE id = ?")) {
            for (var entry : cables.entrySet()) {
                bind(update, entry.getValue(), now);
                update.setLong(COLUMN_COUNT + 1, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Removes every row that hangs off these cables; the writer inserts them anew. */
    static void deleteChildren(Connection connection, Collection<Long> cableIds) throws SQLException {
        var in = placeholders(cableIds.size());
        for (var table : CHILD_TABLES) {
            try (var delete = connection.prepareStatement("DELETE FROM " + table + " WHERE cable_id IN (" + in + ")")) {
                int i = 1;
                for (var id : cableIds) {
                    delete.setLong(i++, id);
                }
                delete.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement s, PreparedCable prepared, LocalDateTime now) throws SQLException {
        ParsedCable c = prepared.cable();
        var header = c.header();
        var caption = c.caption();
        int i = 1;
        s.setString(i++, c.refId());
        s.setObject(i++, CableBatchWriter.utc(c.created()));
        s.setObject(i++, CableBatchWriter.utc(c.released()));
        s.setString(i++, c.classification());
        s.setString(i++, c.origin());
        s.setString(i++, caption.subject());
        s.setString(i++, header.transmissionId());
        s.setString(i++, header.precedence());
        s.setString(i++, header.dtg());
        s.setString(i++, header.from());
        s.setBoolean(i++, header.sipdis());
        s.setString(i++, header.caveats().isEmpty() ? null : String.join(" ", header.caveats()));
        s.setString(i++, header.eo());
        s.setObject(i++, header.declassifyOn());
        s.setString(i++, caption.classifiedBy());
        s.setString(i++, caption.summary());
        s.setString(i++, caption.signer());
        s.setString(i++, c.format().name());
        s.setString(i++, prepared.contentHash());
        s.setInt(i++, c.paragraphs().size());
        s.setObject(i, now);
    }

    static String placeholders(int n) {
        return "?" + ", ?".repeat(Math.max(0, n - 1));
    }
}
