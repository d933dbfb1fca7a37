package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One published text of a cable. */
@Schema(name = "CableVersion", description = "One version of a cable as WikiLeaks published it")
public record CableVersion(
        @Schema(description = "1, 2, … in release order", example = "2") int version,
        @Schema(description = "The release time the source shows", nullable = true, example = "2010-12-08T21:09:00Z") Instant released,
        @Schema(description = "When this version was first imported") Instant importedAt,
        @Schema(description = "SHA-256 of the content as imported") String contentHash,
        @Schema(nullable = true) String subject,
        int paragraphCount,
        @Schema(description = "How many redaction marks (XXXXXXXXXXXX) the subject and paragraphs hold") int redactions,
        @Schema(description = "Keys (n) of the paragraphs that differ from the version before", example = "[\"8\", \"9\"]") List<String> changedParagraphs,
        @Schema(description = "Whether this is the version every other endpoint serves") boolean current) {
}
