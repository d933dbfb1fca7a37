package org.cablegate.persistence;

import java.time.Instant;

/** A fact's place in the corpus-wide order (newest cable first, then fact id descending). */
public record FactKey(Instant created, String id) {
}
