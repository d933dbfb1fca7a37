package org.cablegate.persistence;

import org.cablegate.facts.AcronymExtractor;
import org.cablegate.facts.FactType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows that hang off cables (recipients, tags, references, paragraphs, facts), written for a whole batch with one
 * JDBC batch per table.
 */
final class CableChildren {

    private static final String FACT_INSERT = """
            INSERT INTO fact (id, cable_id, ref_id, n, position, type, text, start_offset, end_offset, value, value_min,
                              value_max, unit, currency, per, substance, direction, date_value, target, acronym,
                              origin, created)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private CableChildren() {
    }

    /** Inserts the child rows of each cable, keyed by the cable's id. */
    static void insert(Connection connection, Map<Long, PreparedCable> cables) throws SQLException {
        try (var recipients = connection.prepareStatement(
                "INSERT INTO cable_recipient (cable_id, kind, position, name, precedence) VALUES (?, ?, ?, ?, ?)");
             var tags = connection.prepareStatement("INSERT INTO cable_tag (cable_id, position, tag) VALUES (?, ?, ?)");
             var references = connection.prepareStatement(
                     "INSERT INTO cable_reference (cable_id, position, letter, label, target_ref_id) VALUES (?, ?, ?, ?, ?)");
             var paragraphs = connection.prepareStatement("""
                     INSERT INTO paragraph (cable_id, n, position, marking, heading, text, fingerprint)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""");
             var facts = connection.prepareStatement(FACT_INSERT)) {
            int[] pending = new int[5];
            for (var entry : cables.entrySet()) {
                long id = entry.getKey();
                var cable = entry.getValue().cable();
                var header = cable.header();
                int position = 0;
                for (var r : header.to()) {
                    recipient(recipients, id, "TO", position++, r.name(), r.precedence());
                    pending[0]++;
                }
                for (var r : header.info()) {
                    recipient(recipients, id, "INFO", position++, r.name(), r.precedence());
                    pending[0]++;
                }
                position = 0;
                for (var tag : cable.caption().tags()) {
                    tags.setLong(1, id);
                    tags.setInt(2, position++);
                    tags.setString(3, tag);
                    tags.addBatch();
                    pending[1]++;
                }
                position = 0;
                for (var r : cable.caption().references()) {
                    references.setLong(1, id);
                    references.setInt(2, position++);
                    references.setString(3, r.letter());
                    references.setString(4, r.label());
                    references.setString(5, r.refId());
                    references.addBatch();
                    pending[2]++;
                }
                var positions = new HashMap<String, Integer>();
                for (var p : cable.paragraphs()) {
                    positions.put(p.n(), p.position());
                    paragraphs.setLong(1, id);
                    paragraphs.setString(2, p.n());
                    paragraphs.setInt(3, p.position());
                    paragraphs.setString(4, p.marking());
                    paragraphs.setString(5, p.heading());
                    paragraphs.setString(6, p.text());
                    paragraphs.setString(7, p.fingerprint());
                    paragraphs.addBatch();
                    pending[3]++;
                }
                var created = CableBatchWriter.utc(cable.created());
                for (var f : entry.getValue().facts()) {
                    bindFact(facts, id, f, positions, cable.origin(), created);
                    pending[4]++;
                }
            }
            // Parents before children only matters for foreign keys to cable, which exist already: any order works.
            if (pending[0] > 0) {
                recipients.executeBatch();
            }
            if (pending[1] > 0) {
                tags.executeBatch();
            }
            if (pending[2] > 0) {
                references.executeBatch();
            }
            if (pending[3] > 0) {
                paragraphs.executeBatch();
            }
            if (pending[4] > 0) {
                facts.executeBatch();
            }
        }
    }

    static String factInsert() {
        return FACT_INSERT;
    }

    /** Binds one fact row and adds it to the batch. */
    static void bindFact(java.sql.PreparedStatement facts, long id, org.cablegate.facts.Fact f,
                         Map<String, Integer> positions, String origin, java.time.LocalDateTime created)
            throws SQLException {
        int i = 1;
        facts.setString(i++, f.id());
        facts.setLong(i++, id);
        facts.setString(i++, f.refId());
        facts.setString(i++, f.n());
        facts.setInt(i++, positions.getOrDefault(f.n(), 0));
        facts.setString(i++, f.type().jsonName());
        facts.setString(i++, truncate(f.text(), 1000));
        facts.setInt(i++, f.start());
        facts.setInt(i++, f.end());
        facts.setBigDecimal(i++, f.value());
        facts.setBigDecimal(i++, f.valueMin());
        facts.setBigDecimal(i++, f.valueMax());
        facts.setString(i++, f.unit());
        facts.setString(i++, f.currency());
        facts.setString(i++, f.per());
        facts.setString(i++, truncate(f.substance(), 128));
        facts.setString(i++, f.direction());
        facts.setString(i++, f.date());
        facts.setString(i++, truncate(f.target(), 500));
        var acronym = f.type() == FactType.ACRONYM ? AcronymExtractor.acronymOf(f) : null;
        facts.setString(i++, truncate(acronym, 32));
        facts.setString(i++, origin);
        facts.setObject(i, created);
        facts.addBatch();
    }

    private static void recipient(java.sql.PreparedStatement s, long cableId, String kind, int position, String name,
                                  String precedence) throws SQLException {
        s.setLong(1, cableId);
        s.setString(2, kind);
        s.setInt(3, position);
        s.setString(4, name);
        s.setString(5, precedence);
        s.addBatch();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
