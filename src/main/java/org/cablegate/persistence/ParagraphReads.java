package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-cable reads a cache miss makes, in plain JDBC: one indexed query per answer, rows read straight into
 * records, no entity, no persistence context. A miss through Hibernate (the cable entity, the paragraph entity, then
 * the facts) cost about 1.5 ms of CPU, most of it outside the database.
 *
 * <p>Reference IDs and paragraph numbers compare in the columns' collation, as the entity queries did, and the values
 * returned are the stored ones.
 */
@ApplicationScoped
public class ParagraphReads {

    /** One paragraph with its cable's id and reference ID as stored. */
    public record ParagraphRow(long cableId, String refId, String n, int position, String marking, String heading,
                               String text, String fingerprint) {
    }

    /** A paragraph with its facts in document order (the posts' protected spans). */
    public record ParagraphWithFacts(ParagraphRow paragraph, List<FactRow> facts) {
    }

    private static final String PARAGRAPH = """
            SELECT c.id, c.ref_id, p.n, p.position, p.marking, p.heading, p.text, p.fingerprint
            FROM cable c JOIN paragraph p ON p.cable_id = c.id WHERE c.ref_id = ? AND p.n = ?""";

    private static final String FACT_ORDER = " ORDER BY f.position, f.start_offset, f.type";

    private final AgroalDataSource dataSource;

    public ParagraphReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The paragraph {@code n} of cable {@code refId}; empty when either does not exist. */
    public Optional<ParagraphRow> paragraph(String refId, String n) {
        try (var connection = dataSource.getConnection()) {
            return paragraph(connection, refId, n);
        } catch (SQLException e) {
            throw new IllegalStateException("paragraph " + n + " of " + refId + " could not be read", e);
        }
    }

    /** The paragraph and its facts, over one connection; empty when the cable or the paragraph does not exist. */
    public Optional<ParagraphWithFacts> paragraphWithFacts(String refId, String n) {
        try (var connection = dataSource.getConnection()) {
            var paragraph = paragraph(connection, refId, n);
            if (paragraph.isEmpty()) {
                return Optional.empty();
            }
            var p = paragraph.get();
            try (var statement = connection.prepareStatement("SELECT " + FactRow.COLUMNS
                    + " FROM fact f WHERE f.cable_id = ? AND f.n = ?" + FACT_ORDER)) {
                statement.setLong(1, p.cableId());
                statement.setString(2, p.n());
                return Optional.of(new ParagraphWithFacts(p, facts(statement.executeQuery(), 0)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("paragraph " + n + " of " + refId + " could not be read", e);
        }
    }

    /**
     * The facts of cable {@code refId} (of its paragraph {@code n} when not null; of one {@code type} when not null)
     * in one query; empty when the cable (or that paragraph) does not exist, an empty list when it has no such fact.
     */
    public Optional<List<FactRow>> facts(String refId, String n, String type) {
        var sql = new StringBuilder("SELECT ").append(n == null ? "c.id" : "p.id").append(", ").append(FactRow.COLUMNS)
                .append(" FROM cable c");
        if (n != null) {
            sql.append(" JOIN paragraph p ON p.cable_id = c.id AND p.n = ?");
        }
        sql.append(" LEFT JOIN fact f ON f.cable_id = c.id");
        if (n != null) {
            sql.append(" AND f.n = p.n");
        }
        if (type != null) {
            sql.append(" AND f.type = ?");
        }
        sql.append(" WHERE c.ref_id = ?").append(FACT_ORDER);
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(sql.toString())) {
            var i = 1;
            if (n != null) {
                statement.setString(i++, n);
            }
            if (type != null) {
                statement.setString(i++, type);
            }
            statement.setString(i, refId);
            try (var rows = statement.executeQuery()) {
                var found = new ArrayList<FactRow>();
                var exists = false;
                while (rows.next()) {
                    exists = true;
                    if (rows.getString(2) != null) {
                        found.add(fact(rows, 1));
                    }
                }
                return exists ? Optional.of(found) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("facts of " + refId + " could not be read", e);
        }
    }

    private static Optional<ParagraphRow> paragraph(Connection connection, String refId, String n) throws SQLException {
        try (var statement = connection.prepareStatement(PARAGRAPH)) {
            statement.setString(1, refId);
            statement.setString(2, n);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ParagraphRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
            }
        }
    }

    private static List<FactRow> facts(ResultSet rows, int skip) throws SQLException {
        try (rows) {
            var found = new ArrayList<FactRow>();
            while (rows.next()) {
                found.add(fact(rows, skip));
            }
            return found;
        }
    }

    /** The columns of {@link FactRow#COLUMNS} after the first {@code skip} of the row. */
    static FactRow fact(ResultSet rows, int skip) throws SQLException {
        var values = new Object[20];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.getObject(skip + i + 1);
        }
        return FactRow.of(values);
    }
}
