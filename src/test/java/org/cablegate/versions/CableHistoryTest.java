package org.cablegate.versions;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CableHistoryTest {

    private static StoredVersion row(int v, String released) {
        return new StoredVersion(v, v, released == null ? null : Instant.parse(released), Instant.EPOCH, "h", null);
    }

    private static CableHistory history(StoredVersion... rows) {
        var content = new VersionContent(java.util.Map.of(), List.of());
        return CableHistory.rebuild(1, List.of(rows), content);
    }

    @Test
    void laterReleaseIsFiledLast() {
        var h = history(row(1, "2010-12-01T00:00:00Z"), row(2, "2010-12-03T00:00:00Z"));
        assertEquals(2, h.insertionIndex(Instant.parse("2010-12-05T00:00:00Z")));
    }

    @Test
    void olderReleaseIsFiledInItsPlace() {
        var h = history(row(1, "2010-12-01T00:00:00Z"), row(2, "2010-12-03T00:00:00Z"));
        assertEquals(1, h.insertionIndex(Instant.parse("2010-12-02T00:00:00Z")));
        assertEquals(0, h.insertionIndex(Instant.parse("2010-11-30T00:00:00Z")));
    }

    @Test
    void sameReleaseTimeGoesAfterInImportOrder() {
        var h = history(row(1, "2010-12-01T00:00:00Z"), row(2, "2010-12-03T00:00:00Z"));
        assertEquals(1, h.insertionIndex(Instant.parse("2010-12-01T00:00:00Z")));
    }

    @Test
    void noReleaseTimeIsFiledLast() {
        var h = history(row(1, "2010-12-01T00:00:00Z"), row(2, null));
        assertEquals(2, h.insertionIndex(null));
        assertEquals(2, h.insertionIndex(Instant.parse("2010-12-01T00:00:00Z")));
    }
}
