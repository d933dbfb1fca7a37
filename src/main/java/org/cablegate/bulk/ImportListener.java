package org.cablegate.bulk;

import org.cablegate.persistence.RowResult;

/** Hears how an import goes: each row as it is settled (in row order), and progress after each written batch. */
public interface ImportListener {

    default void row(RowResult result) {
    }

    default void progress(ImportTally tally) {
    }
}
