package org.cablegate.versions;

import java.time.Instant;
import java.util.List;

/** One entry of the changes feed: a version imported as a change to the one before it. */
public record ChangeRow(long id, String refId, String subject, int version, Instant released, Instant importedAt,
                        List<String> changedParagraphs, List<String> changedFields, int lifted, String liftedText) {
}
