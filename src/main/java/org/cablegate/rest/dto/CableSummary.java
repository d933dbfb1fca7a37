package org.cablegate.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "CableSummary", requiredProperties = {"refId", "subject", "created", "released", "classification", "origin", "tags", "paragraphCount", "permalink"},
        description = "A cable in a list: its metadata, without header or paragraphs")
public record CableSummary(
        @Schema(example = "06ASTANA590") String refId,
        @Schema(example = "KAZAKHSTAN: 2006-2007 INCSR REPORT, PART 1", nullable = true) String subject,
        @Schema(description = "Time of transmission (the header's DTG), UTC", example = "2006-11-17T06:54:00Z") Instant created,
        @Schema(description = "Publication time, UTC", example = "2011-08-30T01:44:00Z", nullable = true) Instant released,
        @Schema(enumeration = {"UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL", "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN"}, example = "UNCLASSIFIED") String classification,
        @Schema(example = "Embassy Astana") String origin,
        @Schema(example = "[\"SNAR\", \"KCRM\", \"KZ\"]") List<String> tags,
        @Schema(example = "21") int paragraphCount,
        @Schema(example = "http://localhost:8080/c/06ASTANA590") String permalink,
        @Schema(description = "Search (`q`) and similar cables only: the relevance score (BM25 in keyword mode, the fused rank in hybrid, the similarity in semantic mode and for similar cables)", nullable = true, example = "5.56")
        @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
        @Schema(description = "Search only (`q`): up to three paragraphs that matched, best first; empty when only "
                + "the subject, tags, origin or reference ID matched", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ParagraphMatch> matches) {

    /** A cable in a plain list: no score, no matches. */
    public CableSummary(String refId, String subject, Instant created, Instant released, String classification,
                        String origin, List<String> tags, int paragraphCount, String permalink) {
        this(refId, subject, created, released, classification, origin, tags, paragraphCount, permalink, null, null);
    }
}
