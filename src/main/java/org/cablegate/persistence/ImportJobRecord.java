package org.cablegate.persistence;

import java.time.Instant;
import java.util.List;

/** A bulk import job as stored: its progress, counts and the first rejected rows. */
public record ImportJobRecord(String id, String source, String state, long rowsDone, long bytesDone, Long bytesTotal,
                              long created, long unchanged, long updated, long rejected, Instant startedAt,
                              Instant finishedAt, String error, String spoolFile, List<RowResult> rejections) {
}
