package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole-cable reads a cache miss makes (the cable's JSON, its page, a paragraph's page, its versions), in plain
 * JDBC on one connection: the cable's row, then its tags, recipients, caption references (with whether each is in the
 * corpus) and paragraphs in one query, then what the answer adds (the cables citing it, its facts); rows read straight
 * into records, no entity, no persistence context. Through Hibernate the same answer took seven to nine queries (the
 * entity, three collections, the paragraphs, the citations' existence, the citing cables, the facts) and the entity
 * graph's CPU.
 *
 * <p>Reference IDs and paragraph numbers compare in the columns' collation, as the entity queries did, and the values
 * returned are the stored ones.
 */
@ApplicationScoped
public class CableReads {

    /** A cable's own columns, as stored. */
    public record CableRow(long id, String refId, Instant created, Instant released, String classification,
                           String origin, String subject, String transmissionId, String precedence, String dtg,
                           String sender, boolean sipdis, String caveats, String eo, LocalDate declassifyOn,
                           String classifiedBy, String summary, String signer, String contentHash,
                           int paragraphCount) {
    }

    /** A TO or INFO recipient, in header order. */
    public record RecipientRow(String kind, String name, String precedence) {
    }

    /** A caption reference; {@code inCorpus} when its target is a stored cable's reference ID. */
    public record ReferenceRow(String letter, String label, String targetRefId, boolean inCorpus) {
    }

    /**
     * A cable with its children in document order.
     *
     * @param wanted       the index in {@code paragraphs} of the paragraph asked for, -1 when none was or it is missing
     * @param referencedBy the cables citing it (oldest first), when asked for, else empty
     * @param facts        its facts in document order (all of them, or the wanted paragraph's), when asked for
     */
    public record CableRead(CableRow cable, List<String> tags, List<RecipientRow> recipients,
                            List<ReferenceRow> references, List<ParagraphReads.ParagraphRow> paragraphs, int wanted,
                            List<String> referencedBy, List<FactRow> facts) {

        /** The paragraph asked for; only when {@code wanted >= 0}. */
        public ParagraphReads.ParagraphRow paragraph() {
            return paragraphs.get(wanted);
        }
    }

    /** What a read adds to the cable and its children. */
    public enum Extra {
        /** Nothing more than the cable and its children. */
        NONE,
        /** The cables citing it (the cable's JSON). */
        CITED_BY,
        /** The cables citing it and all its facts (the cable's page). */
        CITED_BY_AND_FACTS
    }

    private static final String CABLE = """
            SELECT id, ref_id, created, released, classification, origin, subject, transmission_id, precedence, dtg,
                   sender, sipdis, caveats, eo, declassify_on, classified_by, summary, signer, content_hash,
                   paragraph_count
            FROM cable WHERE ref_id = ?""";

    /** Kind 0 tags, 1 recipients, 2 references, 3 paragraphs; each by its primary or (cable_id, position) index. */
    private static final String CHILDREN = """
            SELECT 0, position, tag, NULL, NULL, NULL, NULL, NULL, NULL FROM cable_tag WHERE cable_id = ?
            UNION ALL
            SELECT 1, position, kind, name, precedence, NULL, NULL, NULL, NULL FROM cable_recipient WHERE cable_id = ?
            UNION ALL
            SELECT 2, r.position, r.letter, r.label, r.target_ref_id, t.ref_id, NULL, NULL, NULL
            FROM cable_reference r LEFT JOIN cable t ON t.ref_id = r.target_ref_id WHERE r.cable_id = ?
            UNION ALL
            SELECT 3, position, n, marking, heading, text, fingerprint, n = ?, n = ? FROM paragraph WHERE cable_id = ?
            ORDER BY 1, 2""";

    /** The same citing cables as {@code CableQueries#referencedBy}. */
    private static final String REFERENCED_BY = """
            SELECT c.ref_id FROM (
                SELECT r.cable_id FROM cable_reference r WHERE r.target_ref_id = ?
                UNION
                SELECT f.cable_id FROM fact f WHERE f.target = ? AND f.type = 'reference') citing
            JOIN cable c ON c.id = citing.cable_id
            WHERE c.ref_id <> ?
            ORDER BY c.created, c.ref_id LIMIT 1000""";

    private static final String FACTS = "SELECT " + FactRow.COLUMNS + " FROM fact f WHERE f.cable_id = ?";
    private static final String FACT_ORDER = " ORDER BY f.position, f.start_offset, f.type";

    private final AgroalDataSource dataSource;

    public CableReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The cable {@code refId} with its children and {@code extra}; empty when there is none. */
    public Optional<CableRead> cable(String refId, Extra extra) {
        try (var connection = dataSource.getConnection()) {
            var cable = row(connection, refId);
            if (cable.isEmpty()) {
                return Optional.empty();
            }
            var c = cable.get();
            var read = children(connection, c, null, null);
            List<String> citing = extra == Extra.NONE ? List.of() : referencedBy(connection, c.refId());
            List<FactRow> facts = extra == Extra.CITED_BY_AND_FACTS ? facts(connection, c.id(), null) : List.of();
            return Optional.of(new CableRead(c, read.tags(), read.recipients(), read.references(), read.paragraphs(),
                    -1, citing, facts));
        } catch (SQLException e) {
            throw new IllegalStateException("cable " + refId + " could not be read", e);
        }
    }

    /**
     * The cable {@code refId} with its children, the paragraph {@code n} (or {@code alternative}, when not null and
     * {@code n} is missing) marked as wanted, and that paragraph's facts. Empty when there is no such cable; a cable
     * without the paragraph has {@code wanted} -1 and no facts.
     */
    public Optional<CableRead> paragraph(String refId, String n, String alternative) {
        try (var connection = dataSource.getConnection()) {
            var cable = row(connection, refId);
            if (cable.isEmpty()) {
                return Optional.empty();
            }
            var c = cable.get();
            var read = children(connection, c, n, alternative);
            var wanted = read.wanted();
            var facts = wanted < 0 ? List.<FactRow>of() : facts(connection, c.id(), read.paragraphs().get(wanted).n());
            return Optional.of(new CableRead(c, read.tags(), read.recipients(), read.references(), read.paragraphs(),
                    wanted, List.of(), facts));
        } catch (SQLException e) {
            throw new IllegalStateException("paragraph " + n + " of " + refId + " could not be read", e);
        }
    }

    /** The cable's own row alone (its id and stored reference ID for the versions); empty when there is none. */
    public Optional<CableRow> row(String refId) {
        try (var connection = dataSource.getConnection()) {
            return row(connection, refId);
        } catch (SQLException e) {
            throw new IllegalStateException("cable " + refId + " could not be read", e);
        }
    }

    private static Optional<CableRow> row(Connection connection, String refId) throws SQLException {
        try (var statement = connection.prepareStatement(CABLE)) {
            statement.setString(1, refId);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                var declassifyOn = rows.getObject(15, LocalDate.class);
                return Optional.of(new CableRow(rows.getLong(1), rows.getString(2), instant(rows, 3),
                        instant(rows, 4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11), rows.getBoolean(12),
                        rows.getString(13), rows.getString(14), declassifyOn, rows.getString(16), rows.getString(17),
                        rows.getString(18), rows.getString(19), rows.getInt(20)));
            }
        }
    }

    private static CableRead children(Connection connection, CableRow c, String n, String alternative)
            throws SQLException {
        var tags = new ArrayList<String>();
        var recipients = new ArrayList<RecipientRow>();
        var references = new ArrayList<ReferenceRow>();
        var paragraphs = new ArrayList<ParagraphReads.ParagraphRow>();
        int exact = -1;
        int other = -1;
        try (var statement = connection.prepareStatement(CHILDREN)) {
            statement.setLong(1, c.id());
            statement.setLong(2, c.id());
            statement.setLong(3, c.id());
            statement.setString(4, n == null ? "" : n);
            statement.setString(5, alternative == null ? "" : alternative);
            statement.setLong(6, c.id());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getInt(1)) {
                        case 0 -> tags.add(rows.getString(3));
                        case 1 -> recipients.add(new RecipientRow(rows.getString(3), rows.getString(4),
                                rows.getString(5)));
                        case 2 -> {
                            var target = rows.getString(5);
                            references.add(new ReferenceRow(rows.getString(3), rows.getString(4), target,
                                    target != null && target.equals(rows.getString(6))));
                        }
                        default -> {
                            var p = new ParagraphReads.ParagraphRow(c.id(), c.refId(), rows.getString(3),
                                    rows.getInt(2), rows.getString(4), rows.getString(5), rows.getString(6),
                                    rows.getString(7));
                            if (exact < 0 && rows.getBoolean(8)) {
                                exact = paragraphs.size();
                            }
                            if (other < 0 && rows.getBoolean(9)) {
                                other = paragraphs.size();
                            }
                            paragraphs.add(p);
                        }
                    }
                }
            }
        }
        return new CableRead(c, tags, recipients, references, paragraphs, exact >= 0 ? exact : other, List.of(),
                List.of());
    }

    private static List<String> referencedBy(Connection connection, String refId) throws SQLException {
        try (var statement = connection.prepareStatement(REFERENCED_BY)) {
            statement.setString(1, refId);
            statement.setString(2, refId);
            statement.setString(3, refId);
            try (var rows = statement.executeQuery()) {
                var found = new ArrayList<String>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }

    private static List<FactRow> facts(Connection connection, long cableId, String n) throws SQLException {
        try (var statement = connection.prepareStatement(FACTS + (n == null ? "" : " AND f.n = ?") + FACT_ORDER)) {
            statement.setLong(1, cableId);
            if (n != null) {
                statement.setString(2, n);
            }
            try (ResultSet rows = statement.executeQuery()) {
                var found = new ArrayList<FactRow>();
                while (rows.next()) {
                    found.add(ParagraphReads.fact(rows, 0));
                }
                return found;
            }
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
