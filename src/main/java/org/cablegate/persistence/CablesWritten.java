package org.cablegate.persistence;

import java.util.List;

/**
 * Fired after a batch of cables is committed, with the cables that were created or changed (unchanged ones are left
 * out). Read caches and the search index observe it.
 *
 * @param cables the cables whose stored content is new, in import order
 */
public record CablesWritten(List<PreparedCable> cables) {
}
