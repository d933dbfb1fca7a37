package org.cablegate.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rebuilds the search index from the database: cables in reference-ID order, a keyset batch of {@value #BATCH} at a
 * time with their tags, references and paragraphs (three indexed reads per batch), so memory holds one batch, never
 * the corpus. Searches see the old index until the new one is complete.
 */
@ApplicationScoped
public class SearchReindex {

    private static final Logger LOG = Logger.getLogger(SearchReindex.class);
    static final int BATCH = 500;

    private final AgroalDataSource dataSource;
    private final CableSearchIndex index;

    public SearchReindex(AgroalDataSource dataSource, CableSearchIndex index) {
        this.dataSource = dataSource;
        this.index = index;
    }

    /**
     * Replaces the index with one built from every cable in the database.
     *
     * @param cablesDone told the number of cables indexed so far after each batch
     * @return the number of cables indexed
     */
    public long rebuild(LongConsumer cablesDone) {
        var started = System.nanoTime();
        long done = 0;
        try (var connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            var rebuild = index.lucene().beginRebuild();
            try {
                String last = "";
                while (true) {
                    var batch = cables(connection, last);
                    if (batch.isEmpty()) {
                        break;
                    }
                    rebuild.add(complete(connection, batch));
                    done += batch.size();
                    last = batch.values().stream().reduce((a, b) -> b).orElseThrow().refId;
                    cablesDone.accept(done);
                }
            } finally {
                rebuild.finish();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search index rebuild could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("search index rebuild could not write the index", e);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("Search index rebuilt: %d cables in %.1f s (%.0f cables/s)", done, seconds, done / Math.max(seconds, 1e-3));
        return done;
    }

    /** A cable's row while its batch is read. */
    private static final class Row {
        long id;
        String refId;
        java.time.Instant created;
        java.time.Instant released;
        String classification;
        String origin;
        String subject;
        List<String> people = List.of();
        final List<String> tags = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<IndexedCable.IndexedParagraph> paragraphs = new ArrayList<>();

        IndexedCable indexed() {
            return new IndexedCable(refId, created, released, classification, origin, subject, tags, references,
                    people, paragraphs);
        }
    }

    private static LinkedHashMap<Long, Row> cables(Connection c, String after) throws SQLException {
        var rows = new LinkedHashMap<Long, Row>();
        try (var s = c.prepareStatement("SELECT id, ref_id, created, released, classification, origin, subject, classified_by, signer "
                + "FROM cable WHERE ref_id > ? ORDER BY ref_id LIMIT " + BATCH)) {
            s.setString(1, after);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    var row = new Row();
                    row.id = rs.getLong(1);
                    row.refId = rs.getString(2);
                    row.created = instant(rs, 3);
                    row.released = instant(rs, 4);
                    row.classification = rs.getString(5);
                    row.origin = rs.getString(6);
                    row.subject = rs.getString(7);
                    row.people = IndexedCable.people(rs.getString(8), rs.getString(9));
                    rows.put(row.id, row);
                }
            }
        }
        return rows;
    }

    private static List<IndexedCable> complete(Connection c, Map<Long, Row> rows) throws SQLException {
        var ids = String.join(",", rows.keySet().stream().map(String::valueOf).toList());
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

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Reads a query's rows one by one (ids are numbers this class wrote, never caller input). */
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

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        // DATETIME columns hold UTC (hibernate.jdbc.timezone=UTC): read them without the JVM's zone.
        var value = rs.getObject(column, java.time.LocalDateTime.class);
        return value == null ? null : value.toInstant(java.time.ZoneOffset.UTC);
    }
}
