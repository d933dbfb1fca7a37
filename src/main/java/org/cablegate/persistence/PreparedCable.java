package org.cablegate.persistence;

import org.cablegate.facts.Fact;
import org.cablegate.facts.FactType;
import org.cablegate.ingest.ParsedCable;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A cable ready to be written: parsed, checked against the schema's limits, hashed and with its facts extracted.
 * Made on any thread; written by {@link CableBatchWriter}.
 *
 * @param cable       the parsed cable
 * @param contentHash SHA-256 of its content (see {@link ContentHash}): equal hashes mean nothing to write
 * @param facts       the facts of all its paragraphs
 */
public record PreparedCable(ParsedCable cable, String contentHash, List<Fact> facts) {

    public String refId() {
        return cable.refId();
    }

    /** The cables it cites: its caption's REF line and the references found in its text, each once, never itself. */
    public List<String> citedRefIds() {
        var cited = new LinkedHashSet<String>();
        cable.caption().references().forEach(r -> {
            if (r.refId() != null) {
                cited.add(r.refId());
            }
        });
        for (var f : facts) {
            if (f.type() == FactType.REFERENCE && f.target() != null) {
                cited.add(f.target());
            }
        }
        cited.remove(refId());
        return List.copyOf(cited);
    }
}
