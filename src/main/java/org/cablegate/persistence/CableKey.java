package org.cablegate.persistence;

import java.time.Instant;

/** A cable's place in the list order (newest first, then refId descending): what a keyset cursor holds. */
public record CableKey(Instant created, String refId) {
}
