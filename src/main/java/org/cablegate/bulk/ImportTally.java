package org.cablegate.bulk;

import org.cablegate.persistence.ImportOutcome;
import org.cablegate.persistence.RowResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Running counts of an import, and the rejected rows (the first {@value #KEPT_REJECTIONS} of them in memory; the job
 * table keeps them all). Written by the import's writer thread only; read by others as a snapshot.
 */
public final class ImportTally {

    public static final int KEPT_REJECTIONS = 10_000;

    private final long startedNanos = System.nanoTime();
    private final Long bytesTotal;
    private volatile long rows;
    private volatile long bytesDone;
    private volatile long created;
    private volatile long unchanged;
    private volatile long updated;
    private volatile long rejected;
    private final List<RowResult> rejections = Collections.synchronizedList(new ArrayList<>());

    public ImportTally(Long bytesTotal) {
        this.bytesTotal = bytesTotal;
    }

    void count(RowResult result) {
        rows++;
        if (result.rejected()) {
            rejected++;
            if (rejections.size() < KEPT_REJECTIONS) {
                rejections.add(result);
            }
            return;
        }
        if (result.outcome() == ImportOutcome.CREATED) {
            created++;
        } else if (result.outcome() == ImportOutcome.UPDATED) {
            updated++;
        } else {
            unchanged++;
        }
    }

    void bytesDone(long bytes) {
        bytesDone = bytes;
    }

    public long rows() {
        return rows;
    }

    public long bytesDone() {
        return bytesDone;
    }

    /** Size of the input when known (a file), else null (standard input, a request body of unknown length). */
    public Long bytesTotal() {
        return bytesTotal;
    }

    public long created() {
        return created;
    }

    public long unchanged() {
        return unchanged;
    }

    public long updated() {
        return updated;
    }

    public long rejected() {
        return rejected;
    }

    public List<RowResult> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
