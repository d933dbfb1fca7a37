package org.cablegate.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which failed writes run again, and for how long. */
class WriteRetryTest {

    private static SQLException certificationFailure() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    @Test
    void givesUpOnConflictsAfterItsAttemptsWhenTheCallerCannotWait() {
        var calls = new AtomicInteger();
        var e = assertThrows(SQLException.class, () -> WriteRetry.run(() -> {
            calls.incrementAndGet();
            throw certificationFailure();
        }, Duration.ZERO));
        assertEquals("40001", e.getSQLState());
        assertEquals(WriteRetry.CONFLICT_ATTEMPTS, calls.get());
    }

    @Test
    void waitsOutALongerRunOfConflictsWhenTheCallerMayWaitForAFailover() throws Exception {
        var calls = new AtomicInteger();
        int conflicts = WriteRetry.CONFLICT_ATTEMPTS + 1;
        var written = WriteRetry.run(() -> {
            if (calls.incrementAndGet() <= conflicts) {
                throw certificationFailure();
            }
            return "written";
        }, Duration.ofSeconds(120));
        assertEquals("written", written);
        assertEquals(conflicts + 1, calls.get());
    }

    @Test
    void neverRunsAgainAWriteThatWouldFailTheSameWay() {
        var calls = new AtomicInteger();
        assertThrows(SQLException.class, () -> WriteRetry.run(() -> {
            calls.incrementAndGet();
            throw new SQLException("Data too long for column 'subject'", "22001", 1406);
        }, Duration.ofSeconds(120)));
        assertEquals(1, calls.get());
    }
}
