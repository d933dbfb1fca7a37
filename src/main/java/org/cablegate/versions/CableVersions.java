package org.cablegate.versions;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads versions: one cable's history, and the corpus-wide feed of changes, newest import first. */
@ApplicationScoped
public class CableVersions {

    private final AgroalDataSource dataSource;

    public CableVersions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public CableHistory history(long cableId) {
        try (var connection = dataSource.getConnection()) {
            return VersionStore.history(connection, cableId);
        } catch (SQLException e) {
            throw new IllegalStateException("versions could not be read: SQLState " + e.getSQLState(), e);
        }
    }

    /** How many versions a cable has: 1 for a cable stored before versions were kept or with versions off. */
    public int count(long cableId) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT COUNT(*) FROM cable_version WHERE cable_id = ?")) {
            select.setLong(1, cableId);
            try (var rs = select.executeQuery()) {
                return rs.next() ? Math.max(1, rs.getInt(1)) : 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("versions could not be counted: SQLState " + e.getSQLState(), e);
        }
    }

    /**
     * Changes imported before {@code beforeId} (null: from the newest), at most {@code limit}; with
     * {@code liftedOnly}, only those that lifted a redaction.
     */
    public List<ChangeRow> changes(boolean liftedOnly, Long beforeId, int limit) {
        var sql = """
                SELECT v.id, c.ref_id, c.subject, v.version, v.released, v.imported_at, v.changed_paragraphs,
                       v.changed_fields, v.lifted, v.lifted_text
                FROM cable_version v JOIN cable c ON c.id = v.cable_id
                WHERE v.is_change = TRUE AND v.id < ?""" + (liftedOnly ? " AND v.lifted > 0" : "")
                + " ORDER BY v.id DESC LIMIT ?";
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            select.setLong(1, beforeId == null ? Long.MAX_VALUE : beforeId);
            select.setInt(2, limit);
            var out = new ArrayList<ChangeRow>();
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChangeRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), list(rs.getString(7)),
                            list(rs.getString(8)), rs.getInt(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("changes could not be read: SQLState " + e.getSQLState(), e);
        }
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
