package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One change in the corpus-wide feed: a cable's new version and what it changed. */
@Schema(name = "CableChange", description = "A version imported as a change to the one before it")
public record ChangeView(
        @Schema(example = "06MADRID76") String refId,
        @Schema(nullable = true) String subject,
        @Schema(example = "2") int version,
        @Schema(nullable = true) Instant released,
        Instant importedAt,
        List<String> changedParagraphs,
        @Schema(description = "Caption fields that changed", example = "[\"subject\"]") List<String> changedFields,
        @Schema(description = "How many redactions it lifted") int lifted,
        @Schema(description = "The first text that replaced a redaction", nullable = true) String liftedText,
        @Schema(description = "The diff's API URL") String diff,
        @Schema(description = "The diff page") String page,
        @Schema(description = "The API URL of a post quoting the first lifted redaction (add `network`); null when "
                + "the change lifted none", nullable = true) String post) {
}
