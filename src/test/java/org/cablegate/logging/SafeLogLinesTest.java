package org.cablegate.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeLogLinesTest {

    private final SafeLogLines filter = new SafeLogLines();

    private static ExtLogRecord record(Level level, String message, Throwable thrown, Object... parameters) {
        var record = new ExtLogRecord(level, message, ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setLoggerName("org.cablegate.test.SafeLogLinesTest");
        record.setParameters(parameters);
        record.setThrown(thrown);
        return record;
    }

    @Test
    void dropsTheStackTraceAndKeepsTheDatabaseCodes() {
        var cause = new SQLIntegrityConstraintViolationException("(conn=7) Duplicate entry '06ASTANA590'", "23000", 1062);
        var record = record(Level.WARNING, "Cable %s could not be stored", new RuntimeException("wrapped", cause),
                "06ASTANA590");
        assertTrue(filter.isLoggable(record));
        assertNull(record.getThrown(), "no stack trace");
        assertEquals("Cable 06ASTANA590 could not be stored (SQLState 23000, error 1062; the stack trace is logged "
                + "with this category at DEBUG)", record.getFormattedMessage());
    }

    @Test
    void replacesStatementsAndClassNamesInTheText() {
        var hibernate = record(Level.SEVERE, "Import failed: could not execute statement [(conn=5) Lock wait timeout] "
                + "[insert into cable (ref_id,subject) values (?,?)]", null);
        filter.isLoggable(hibernate);
        assertEquals("Import failed: could not execute statement [(conn=5) Lock wait timeout] [SQL omitted]",
                hibernate.getFormattedMessage());

        var driver = record(Level.WARNING, "Poll failed: Table 'cables.change' doesn't exist\nQuery is: SELECT seq FROM "
                + "cable_change WHERE seq > ?", null);
        filter.isLoggable(driver);
        assertFalse(driver.getFormattedMessage().toUpperCase().contains("SELECT"), driver.getFormattedMessage());

        var vertx = record(Level.SEVERE, "Unhandled: io.netty.handler.codec.TooLongFrameException: An HTTP line is "
                + "larger than 65536 bytes.", null);
        filter.isLoggable(vertx);
        assertEquals("Unhandled: [class omitted]: An HTTP line is larger than 65536 bytes.",
                vertx.getFormattedMessage());
    }

    @Test
    void leavesOrdinaryLinesAndDebugLinesWhole() {
        var info = record(Level.INFO, "Search index rebuild: %d cables from 06ASTANA590 on", null, 251_287);
        filter.isLoggable(info);
        assertEquals("Search index rebuild: 251287 cables from 06ASTANA590 on", info.getFormattedMessage());

        var thrown = new IllegalStateException("boom");
        var debug = record(Level.FINE, "Incident %s", thrown, "abc");
        filter.isLoggable(debug);
        assertSame(thrown, debug.getThrown(), "DEBUG keeps the stack trace");
    }
}
