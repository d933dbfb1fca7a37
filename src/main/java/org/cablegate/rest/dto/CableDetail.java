package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CableDetail", description = "A whole cable: metadata, header, caption and paragraphs")
public record CableDetail(
        @Schema(example = "06ASTANA590") String refId,
        @Schema(example = "KAZAKHSTAN: 2006-2007 INCSR REPORT, PART 1", nullable = true) String subject,
        @Schema(example = "2006-11-17T06:54:00Z") Instant created,
        @Schema(nullable = true, example = "2011-08-30T01:44:00Z") Instant released,
        @Schema(enumeration = {"UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL", "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN"}, example = "UNCLASSIFIED") String classification,
        @Schema(example = "Embassy Astana") String origin,
        List<String> tags,
        int paragraphCount,
        @Schema(example = "http://localhost:8080/c/06ASTANA590") String permalink,
        Header header,
        @Schema(description = "Cables this one cites in its REF line") List<ReferenceView> references,
        @Schema(description = "Cables in the corpus that cite this one") List<ReferenceView> referencedBy,
        @Schema(nullable = true) String classifiedBy,
        @Schema(example = "ORDWAY", nullable = true) String signer,
        @Schema(nullable = true) String summary,
        List<ParagraphView> paragraphs) {

    @Schema(name = "CableHeader", description = "The transmission header")
    public record Header(
            @Schema(example = "VZCZCXRO3492", nullable = true) String transmissionId,
            @Schema(description = "Z flash, O immediate, P priority, R routine", example = "R", nullable = true) String precedence,
            @Schema(description = "Date-time group as printed", example = "170654Z NOV 06", nullable = true) String dtg,
            @Schema(example = "AMEMBASSY ASTANA", nullable = true) String from,
            List<RecipientView> to,
            List<RecipientView> info,
            boolean sipdis,
            @Schema(description = "Handling caveats other than SIPDIS", example = "[\"NOFORN\"]") List<String> caveats,
            @Schema(description = "The E.O. 12958 line", example = "N/A", nullable = true) String eo,
            @Schema(nullable = true, example = "2018-12-02") LocalDate declassifyOn) {
    }

    @Schema(name = "Recipient")
    public record RecipientView(
            @Schema(example = "SECSTATE WASHDC") String name,
            @Schema(example = "PRIORITY", nullable = true) String precedence) {
    }

    @Schema(name = "Reference", description = "A reference between cables")
    public record ReferenceView(
            @Schema(example = "A", nullable = true) String letter,
            @Schema(example = "STATE 154928") String label,
            @Schema(example = "06STATE154928", nullable = true) String refId,
            @Schema(description = "Whether the referenced cable is in the corpus") boolean inCorpus,
            @Schema(description = "Its API URL when it is", nullable = true, example = "http://localhost:8080/api/v1/cables/06STATE154928") String href) {
    }
}
