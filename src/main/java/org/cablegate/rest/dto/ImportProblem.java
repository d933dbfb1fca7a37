package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The 422 answer of an import, for the spec: a problem document (RFC 9457) whose extension members say what was
 * refused. The service writes it as a map (see {@code Problem.body}); this record only describes it.
 */
@Schema(name = "ImportProblem", requiredProperties = {"type", "title", "status", "instance"},
        description = "A refused import: text/plain that is not a cable (with `line`), or text/csv in which no row "
                + "could be stored (with the row-by-row report: `rows`, the counts and `results`)")
public record ImportProblem(
        @Schema(example = "urn:cablegate:problem:no-row-imported") String type,
        @Schema(example = "No row could be imported") String title,
        @Schema(example = "422") int status,
        @Schema(example = "None of the 1 rows could be stored; see results") String detail,
        @Schema(example = "/api/v1/cables") String instance,
        @Schema(description = "text/plain: the line the parser stopped at", example = "3") Integer line,
        @Schema(description = "text/csv: rows read", example = "1") Long rows,
        @Schema(description = "text/csv: always 0 here", example = "0") Long created,
        @Schema(description = "text/csv: always 0 here", example = "0") Long unchanged,
        @Schema(description = "text/csv: always 0 here", example = "0") Long updated,
        @Schema(description = "text/csv: rows rejected", example = "1") Long rejected,
        @Schema(description = "text/csv: every row with its number and reason") List<CsvImportReport.Row> results) {
}
