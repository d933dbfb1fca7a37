package org.cablegate.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.facts.Fact;
import org.cablegate.ingest.Caption;
import org.cablegate.ingest.Paragraph;
import org.cablegate.ingest.ParsedCable;
import org.cablegate.ingest.Reference;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Extracts every stored paragraph's facts again (after a change of vocabulary or grammar) and replaces each cable's
 * facts, a batch of cables per transaction, walking the cables by id so that memory stays bounded. Fact ids are
 * {@code refId-n-type-start}: a fact that did not change keeps its id. What extracts a cable's facts is the caller's
 * (the import pipeline's {@code bulk.CablePreparer}): this class only reads and writes rows.
 */
@ApplicationScoped
public class FactReextraction {

    private static final int BATCH = 250;

    private final AgroalDataSource dataSource;

    public FactReextraction(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Re-extracts the facts of every cable with {@code extractor}; tells {@code progress} the cables done after each
     * batch.
     */
    public Totals run(Function<ParsedCable, List<Fact>> extractor, LongConsumer progress) {
        long cables = 0;
        long facts = 0;
        long after = 0;
        try (var connection = dataSource.getConnection()) {
            while (true) {
                var batch = cablesAfter(connection, after);
                if (batch.isEmpty()) {
                    return new Totals(cables, facts);
                }
                facts += replace(connection, batch, extractor);
                cables += batch.size();
                after = batch.get(batch.size() - 1).id();
                progress.accept(cables);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("facts could not be re-extracted: SQLState " + e.getSQLState(), e);
        }
    }

    /** How many cables were read and facts written. */
    public record Totals(long cables, long facts) {
    }

    /** A stored cable as the extractor needs it. */
    private record Stored(long id, ParsedCable cable) {
    }

    private List<Stored> cablesAfter(Connection connection, long after) throws SQLException {
        var cables = new LinkedHashMap<Long, Object[]>();
        try (var select = connection.prepareStatement(
                "SELECT id, ref_id, created, origin FROM cable WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, after);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    cables.put(rs.getLong(1), new Object[]{rs.getString(2),
                            rs.getObject(3, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(4)});
                }
            }
        }
        if (cables.isEmpty()) {
            return List.of();
        }
        var in = StoredCables.placeholders(cables.size());
        var paragraphs = new HashMap<Long, List<Paragraph>>();
        var references = new HashMap<Long, List<Reference>>();
        try (var p = connection.prepareStatement("SELECT cable_id, n, position, marking, heading, text, fingerprint "
                + "FROM paragraph WHERE cable_id IN (" + in + ") ORDER BY cable_id, position");
             var r = connection.prepareStatement("SELECT cable_id, letter, label, target_ref_id FROM cable_reference "
                     + "WHERE cable_id IN (" + in + ") ORDER BY cable_id, position")) {
            int i = 1;
            for (var id : cables.keySet()) {
                p.setLong(i, id);
                r.setLong(i++, id);
            }
            try (var rs = p.executeQuery()) {
                while (rs.next()) {
                    paragraphs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Paragraph(rs.getString(2),
                            rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            try (var rs = r.executeQuery()) {
                while (rs.next()) {
                    references.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Reference(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        var out = new ArrayList<Stored>(cables.size());
        cables.forEach((id, c) -> out.add(new Stored(id, new ParsedCable((String) c[0], (java.time.Instant) c[1], null,
                null, (String) c[2], null, new Caption(List.of(), null, references.getOrDefault(id, List.of()), null, List.of(),
                null, null), paragraphs.getOrDefault(id, List.of()), null))));
        return out;
    }

    private long replace(Connection connection, List<Stored> batch, Function<ParsedCable, List<Fact>> extractor)
            throws SQLException {
        long written = 0;
        connection.setAutoCommit(false);
        var session = TransactionSession.begin(connection);
        try (var delete = connection.prepareStatement("DELETE FROM fact WHERE cable_id = ?");
             var insert = connection.prepareStatement(CableChildren.factInsert())) {
            for (var stored : batch) {
                delete.setLong(1, stored.id());
                delete.addBatch();
                var cable = stored.cable();
                Map<String, Integer> positions = new HashMap<>();
                cable.paragraphs().forEach(p -> positions.put(p.n(), p.position()));
                var created = CableBatchWriter.utc(cable.created());
                for (var fact : extractor.apply(cable)) {
                    CableChildren.bindFact(insert, stored.id(), fact, positions, cable.origin(), created);
                    written++;
                }
            }
            delete.executeBatch();
            if (written > 0) {
                insert.executeBatch();
            }
            session.verify(connection);
            connection.commit();
            return written;
        } catch (SQLException e) {
            var reported = session.explain(connection, e);
            connection.rollback();
            throw reported;
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
