package org.cablegate.versions;

import java.time.Instant;

/** One version row: where it stands, when it was released and imported, and its reverse delta (null if current). */
public record StoredVersion(long id, int version, Instant released, Instant importedAt, String contentHash,
                            String delta) {
}
