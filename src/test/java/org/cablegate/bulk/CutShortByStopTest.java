package org.cablegate.bulk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job whose worker the stop interrupted mid-batch (after ImportJobs' wait for it) stays "running" and resumes at
 * the next start; only a failure of the input or the database fails it. GracefulShutdownIT saw such a job failed
 * on a loaded machine, an upload lost for nothing.
 */
class CutShortByStopTest {

    @Test
    void anInterruptAnywhereInTheCauseChainIsTheStopNotAFailure() {
        assertTrue(ImportJobs.cutShortByStop(new IllegalStateException("import interrupted", new InterruptedException())));
        assertTrue(ImportJobs.cutShortByStop(new ImportInterruptedException(20)));
        assertTrue(ImportJobs.cutShortByStop(new RuntimeException(new IOException(
                new java.nio.channels.ClosedByInterruptException()))));
    }

    @Test
    void aBadRowOrALostDatabaseIsAFailure() {
        assertFalse(ImportJobs.cutShortByStop(new IllegalArgumentException("row 3: no reference ID")));
        assertFalse(ImportJobs.cutShortByStop(new IOException("unexpected end of the dump")));
        assertFalse(ImportJobs.cutShortByStop(new IllegalStateException(new SQLException("Lost connection", "08S01"))));
    }
}
