package org.cablegate.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every version of one cable with its content, oldest first: rebuilt from the stored current content by applying the
 * reverse deltas from the newest down.
 */
public record CableHistory(long cableId, List<StoredVersion> rows, List<VersionContent> contents) {

    public static CableHistory rebuild(long cableId, List<StoredVersion> rows, VersionContent current) {
        var contents = new ArrayList<VersionContent>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            contents.add(null);
        }
        var content = current;
        for (int i = rows.size() - 1; i >= 0; i--) {
            var delta = rows.get(i).delta();
            if (i < rows.size() - 1 && delta != null) {
                content = VersionDelta.fromJson(delta).applyTo(content);
            }
            contents.set(i, content);
        }
        return new CableHistory(cableId, List.copyOf(rows), contents);
    }

    public int size() {
        return rows.size();
    }

    /**
     * Where a version released at {@code released} is filed: after every version released at or before it (a
     * version without a release time counts as released with the one before it). Null files it last.
     */
    int insertionIndex(Instant released) {
        if (released == null) {
            return rows.size();
        }
        Instant effective = null;
        int index = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).released() != null) {
                effective = rows.get(i).released();
            }
            if (effective == null || !effective.isAfter(released)) {
                index = i + 1;
            }
        }
        return index;
    }
}
