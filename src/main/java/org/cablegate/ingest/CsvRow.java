package org.cablegate.ingest;

import java.util.List;

/**
 * One row of the 2011 {@code cables.csv} dump: {@code id, date, refid, origin, classification, references, header,
 * body}, unescaped.
 *
 * @param rowNumber 1-based row number
 * @param line      1-based line of the file where the row starts
 */
public record CsvRow(long rowNumber, long line, String id, String date, String refId, String origin,
                     String classification, List<String> references, String header, String body) {
}
