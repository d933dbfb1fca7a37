package org.cablegate.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ImportJob", description = "A bulk import: its progress while it runs, its report when it is done")
public record ImportJob(
        @Schema(example = "3f9a1c0b5e2d4a17") String id,
        @Schema(enumeration = {"running", "done", "failed"}, example = "running") String state,
        @Schema(description = "What is imported", example = "POST /api/v1/imports") String source,
        @Schema(description = "Rows settled so far", example = "120500") long rowsDone,
        @Schema(description = "Bytes of the input read so far (compressed bytes for gzip)", example = "815000000") long bytesDone,
        @Schema(description = "Size of the input, when known", nullable = true, example = "1712000000") Long bytesTotal,
        @Schema(example = "120000") long created,
        @Schema(example = "480") long unchanged,
        @Schema(example = "19") long updated,
        @Schema(description = "How many rows were rejected", example = "1") long rejected,
        @Schema(description = "The rejected rows with their reasons, by row number (the first 1000)")
        List<CsvImportReport.Row> rejections,
        @Schema(example = "2026-11-30T01:00:00Z") Instant startedAt,
        @Schema(nullable = true, example = "2026-11-30T01:07:12Z") Instant finishedAt,
        @Schema(description = "Why a failed job stopped", nullable = true) String error,
        @Schema(description = "This job's URL", example = "http://localhost:8080/api/v1/imports/3f9a1c0b5e2d4a17") String self) {
}
