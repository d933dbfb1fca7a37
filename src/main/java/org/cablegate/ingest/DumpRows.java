package org.cablegate.ingest;

import java.util.regex.Pattern;

/**
 * Raw rows of the publisher's database that turn up inside cable bodies ({@code 07BERN881}'s page carries its own
 * row and the next cable's): tab-separated fields, lines ended by a backslash. Keeps the first record's cable text
 * only, so that another cable never becomes paragraphs of this one.
 */
final class DumpRows {

    private static final Pattern RECORD_START = Pattern.compile("(?m)^(?:\\d{1,7}\\t)?\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\t\\d{2}[A-Z]");

    private DumpRows() {
    }

    static String firstRecordBody(String text) {
        var start = RECORD_START.matcher(text);
        if (!start.lookingAt()) {
            return text;
        }
        var end = text.length();
        if (start.find(start.end())) {
            end = start.start();
        }
        var record = text.substring(0, end).replace("\\\n", "\n");
        if (record.endsWith("\\")) {
            record = record.substring(0, record.length() - 1);
        }
        // date, refId, origin, classification, references, header, body
        var fields = record.split("\t", 7);
        if (fields.length == 7) {
            return fields[5] + "\n" + fields[6];
        }
        return record.replace('\t', '\n');
    }
}
