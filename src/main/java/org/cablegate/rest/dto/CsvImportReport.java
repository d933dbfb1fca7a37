package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CsvImportReport", description = "What a CSV import did, row by row")
public record CsvImportReport(
        @Schema(description = "Always `csv`: tells a CSV report from one cable's result in the import's 200 answer",
                enumeration = {KIND}, example = KIND) String kind,
        @Schema(example = "45") long rows,
        @Schema(example = "44") long created,
        @Schema(example = "0") long unchanged,
        @Schema(example = "0") long updated,
        @Schema(example = "1") long rejected,
        List<Row> results) {

    /** The discriminator value of a CSV report. */
    public static final String KIND = "csv";

    public CsvImportReport(long rows, long created, long unchanged, long updated, long rejected, List<Row> results) {
        this(KIND, rows, created, unchanged, updated, rejected, results);
    }

    @Schema(name = "CsvImportRow")
    public record Row(
            @Schema(description = "1-based row number in the CSV", example = "12") long row,
            @Schema(description = "1-based line where the row starts", example = "1804") long line,
            @Schema(example = "08REYKJAVIK195", nullable = true) String refId,
            @Schema(enumeration = {"created", "unchanged", "updated", "rejected"}) String outcome,
            @Schema(description = "Why the row was rejected", nullable = true, example = "no cable body found (line 3)") String reason) {
    }
}
