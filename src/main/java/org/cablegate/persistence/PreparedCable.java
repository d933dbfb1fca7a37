package org.cablegate.persistence;

import org.cablegate.facts.Fact;
import org.cablegate.ingest.ParsedCable;

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
}
