package org.cablegate.persistence;

/**
 * What a CSV import did with one row.
 *
 * @param row     1-based row number
 * @param line    1-based line of the input where the row starts
 * @param refId   the cable's reference ID, when it could be read
 * @param outcome what was written, or null when the row was rejected
 * @param reason  why the row was rejected, or null
 */
public record RowResult(long row, long line, String refId, ImportOutcome outcome, String reason) {

    public boolean rejected() {
        return outcome == null;
    }
}
