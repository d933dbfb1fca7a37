package org.cablegate.bulk;

import org.cablegate.facts.Fact;
import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CsvRow;
import org.cablegate.ingest.ParsedCable;
import org.cablegate.ingest.Reference;
import org.cablegate.persistence.CableLimits;
import org.cablegate.persistence.ContentHash;
import org.cablegate.persistence.PreparedCable;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The CPU part of an import, safe to run on many threads at once: parse, check against the schema's limits, hash,
 * and extract the facts of every paragraph.
 */
public final class CablePreparer {

    private final CableParser parser = new CableParser();
    private final FactExtractor extractor = new FactExtractor();

    public PreparedCable prepare(String text) throws CableParseException {
        return prepare(parser.parse(text));
    }

    public PreparedCable prepare(CsvRow row) throws CableParseException {
        return prepare(parser.parse(row));
    }

    private PreparedCable prepare(ParsedCable parsed) throws CableParseException {
        CableLimits.check(parsed);
        return new PreparedCable(parsed, ContentHash.of(parsed), facts(parsed));
    }

    /** The facts of every paragraph; "REF A" and "reftel" resolve against the cable's own reference list. */
    public List<Fact> facts(ParsedCable parsed) {
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
}
