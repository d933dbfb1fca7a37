package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What changed between two versions of a cable. */
@Schema(name = "CableDiff", description = "Word-level differences between two versions of a cable")
public record CableDiffView(
        @Schema(example = "06MADRID76") String refId,
        @Schema(example = "1") int from,
        @Schema(example = "2") int to,
        @Schema(description = "Caption fields that changed") List<FieldChange> fields,
        @Schema(description = "Only the paragraphs that changed") List<ParagraphChange> paragraphs) {

    @Schema(name = "FieldChange")
    public record FieldChange(@Schema(example = "subject") String name, @Schema(nullable = true) String before,
                              @Schema(nullable = true) String after) {
    }

    @Schema(name = "ParagraphChange")
    public record ParagraphChange(
            @Schema(example = "8") String n,
            @Schema(enumeration = {"added", "removed", "changed"}) String change,
            @Schema(nullable = true) String before,
            @Schema(nullable = true) String after,
            List<SpanView> spans) {
    }

    @Schema(name = "DiffSpan", description = "Words deleted, inserted or replaced")
    public record SpanView(
            @Schema(enumeration = {"insert", "delete", "replace"}) String op,
            @Schema(nullable = true) String before,
            @Schema(nullable = true) String after,
            @Schema(enumeration = {"lifted", "added"}, nullable = true,
                    description = "lifted: redaction marks gave way to text; added: the reverse") String redaction) {
    }
}
