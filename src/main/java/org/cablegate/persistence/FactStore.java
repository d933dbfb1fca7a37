package org.cablegate.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.cablegate.domain.Cable;
import org.cablegate.facts.AcronymExtractor;
import org.cablegate.facts.Fact;
import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.FactType;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.ParsedCable;
import org.cablegate.ingest.Reference;
import org.hibernate.Session;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Extracts a cable's facts and stores them in place of the ones it had, in the caller's transaction. */
@ApplicationScoped
public class FactStore {

    private static final String INSERT = """
            INSERT INTO fact (id, cable_id, ref_id, n, position, type, text, start_offset, end_offset, value, value_min,
                              value_max, unit, currency, per, substance, direction, date_value, target, acronym,
                              origin, created)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager em;
    private final FactExtractor extractor = new FactExtractor();
    private final Timer extraction;

    public FactStore(EntityManager em, MeterRegistry registry) {
        this.em = em;
        // Against cables.import: extraction must stay a small part of an import (see README, Benchmarks).
        this.extraction = Timer.builder("cables.facts.extraction").description("Fact extraction of one cable")
                .register(registry);
    }

    /** The facts of every paragraph of a parsed cable. */
    public List<Fact> extract(ParsedCable parsed) {
        return extraction.record(() -> extractAll(parsed));
    }

    private List<Fact> extractAll(ParsedCable parsed) {
        var byLetter = new LinkedHashMap<String, String>();
        var ids = new ArrayList<String>();
        for (Reference r : parsed.caption().references()) {
            if (r.refId() != null) {
                ids.add(r.refId());
                if (r.letter() != null) {
                    byLetter.put(r.letter(), r.refId());
                }
            }
        }
        var date = parsed.created().atZone(ZoneOffset.UTC).toLocalDate();
        var facts = new ArrayList<Fact>();
        for (var p : parsed.paragraphs()) {
            facts.addAll(extractor.extract(new ParagraphContext(parsed.refId(), p.n(), p.text(), date, byLetter, ids)));
        }
        return facts;
    }

    void replace(Cable cable, ParsedCable parsed) {
        var facts = extract(parsed);
        var positions = new java.util.HashMap<String, Integer>();
        parsed.paragraphs().forEach(p -> positions.put(p.n(), p.position()));
        em.unwrap(Session.class).doWork(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM fact WHERE cable_id = ?")) {
                delete.setLong(1, cable.id);
                delete.executeUpdate();
            }
            if (facts.isEmpty()) {
                return;
            }
            try (var insert = connection.prepareStatement(INSERT)) {
                var created = cable.created.atZone(ZoneOffset.UTC).toLocalDateTime();
                for (var f : facts) {
                    int i = 1;
                    insert.setString(i++, f.id());
                    insert.setLong(i++, cable.id);
                    insert.setString(i++, f.refId());
                    insert.setString(i++, f.n());
                    insert.setInt(i++, positions.getOrDefault(f.n(), 0));
                    insert.setString(i++, f.type().jsonName());
                    insert.setString(i++, truncate(f.text(), 1000));
                    insert.setInt(i++, f.start());
                    insert.setInt(i++, f.end());
                    insert.setBigDecimal(i++, f.value());
                    insert.setBigDecimal(i++, f.valueMin());
                    insert.setBigDecimal(i++, f.valueMax());
                    insert.setString(i++, f.unit());
                    insert.setString(i++, f.currency());
                    insert.setString(i++, f.per());
                    insert.setString(i++, truncate(f.substance(), 128));
                    insert.setString(i++, f.direction());
                    insert.setString(i++, f.date());
                    insert.setString(i++, truncate(f.target(), 500));
                    var acronym = f.type() == FactType.ACRONYM ? AcronymExtractor.acronymOf(f) : null;
                    insert.setString(i++, truncate(acronym, 32));
                    insert.setString(i++, cable.origin);
                    insert.setObject(i, created);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
