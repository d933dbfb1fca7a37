package org.cablegate.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Streams rows of the {@code cables.csv} dump, one at a time, so that the 1.7 GB file never sits in memory.
 *
 * <p>The dump escapes MySQL's way: {@code \"}, {@code \'} and {@code \\} inside double-quoted fields, newlines literal.
 * Commons CSV reads the quoting and {@code \"} / {@code \\}; it leaves {@code \'} as two characters, which
 * {@link #unescape} turns into the apostrophe.
 */
public final class CablesCsvReader implements Closeable {

    private static final int FIELDS = 8;
    private static final CSVFormat DUMP = CSVFormat.DEFAULT.builder()
            .setEscape('\\')
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long rows;

    public CablesCsvReader(Reader reader) throws IOException {
        this.parser = DUMP.parse(reader);
        this.records = parser.iterator();
    }

    /**
     * The next row, or null after the last.
     *
     * @throws CableParseException when the file is not in the dump's shape at this row (the rows before it are
     *                             good; nothing after it can be trusted)
     * @throws IOException         when the input cannot be read
     */
    public CsvRow next() throws CableParseException, IOException {
        CSVRecord record;
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (!isFormatError(e.getCause())) {
                throw e.getCause();
            }
            throw new CableParseException("row " + (rows + 1) + " is not valid CSV: " + reason(e), (int) line);
        } catch (IllegalStateException e) {
            throw new CableParseException("row " + (rows + 1) + " is not valid CSV: " + reason(e), (int) line);
        }
        // A row of the wrong shape is not counted as read, so that rowsRead() + 1 names it, as for invalid CSV.
        if (record.size() != FIELDS) {
            throw new CableParseException("row " + (rows + 1) + " has " + record.size() + " fields, the dump has " + FIELDS
                    + " (id, date, refid, origin, classification, references, header, body)", (int) line);
        }
        rows++;
        var references = record.get(5).isBlank() ? List.<String>of()
                : Arrays.stream(unescape(record.get(5)).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CsvRow(rows, line, unescape(record.get(0)), unescape(record.get(1)), unescape(record.get(2)).trim(),
                unescape(record.get(3)), unescape(record.get(4)), references, unescape(record.get(6)),
                unescape(record.get(7)));
    }

    /** Rows read so far. */
    public long rowsRead() {
        return rows;
    }

    /** {@code \'} → {@code '}: the one escape of the dump Commons CSV keeps as it is. */
    static String unescape(String field) {
        return field.indexOf('\\') < 0 ? field : field.replace("\\'", "'");
    }

    private static boolean isFormatError(IOException e) {
        var message = String.valueOf(e.getMessage());
        return message.contains("EOF reached") || message.contains("invalid char") || message.contains("encapsulated");
    }

    private static String reason(Exception e) {
        var message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message == null) {
            return "malformed quoting";
        }
        // Commons CSV names its own positions; keep the words, not the library's internals.
        var cut = message.indexOf(" (startline");
        return (cut > 0 ? message.substring(0, cut) : message).replace("IOException", "").trim();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
