package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits the caption block into its fields (E.O. line, TAGS, SUBJECT, REF, Classified By), wherever they stand: on
 * lines of their own or run together on one line. Remembers the last line any field used, so that the text after
 * it and before the first paragraph can be kept as the cable's unnumbered opening.
 */
final class CaptionFields {

    enum Field { EO, TAGS, SUBJECT, REF, CLASSIFIED_BY }

    private static final Pattern MARKER = Pattern.compile(
            "(?=[EeTtSsRrCc])(?:(?<![A-Za-z])((?i:E\\.\\s?O\\.\\s?12958|EO 12958|E\\.O\\. 13526))\\s*:?|(?<![A-Za-z])((?i:TAGS)\\s*:|TAGS(?=\\s))"
                    + "|(?<![A-Za-z])((?i:SUBJECT|SUBJ))\\s*:|((?<![A-Za-z])(?i:REF(?:S|TEL)?)|REF(?=:))\\s*:"
                    + "|(?<![A-Za-z])((?i:CLASSIFIED\\s+BY))\\s*:?)");

    private final Map<Field, StringBuilder> values = new EnumMap<>(Field.class);
    /** Fields whose value is complete: a second printing of the caption (mirror pages) does not add to them. */
    private final java.util.Set<Field> closed = java.util.EnumSet.noneOf(Field.class);
    private int lastLine = -1;

    /** Reads the caption lines {@code [from, to)}. */
    static CaptionFields read(List<String> lines, int from, int to) {
        var fields = new CaptionFields();
        Field current = null;
        for (int i = from; i < to; i++) {
            var line = lines.get(i);
            if (Lines.isBlank(line)) {
                // A blank line ends a field, except inside a lettered REF list that goes on after it.
                if (current == Field.REF && i + 1 < to && lines.get(i + 1).trim().matches("¶?[A-H][.)]\\s.*")) {
                    continue;
                }
                if (current != null) {
                    fields.closed.add(current);
                }
                current = null;
                continue;
            }
            if (Lines.isPageBreak(line)) {
                continue;
            }
            var m = MARKER.matcher(line);
            int at = 0;
            while (m.find()) {
                if (current != null) {
                    fields.append(current, line.substring(at, m.start()), i);
                }
                if (current != null) {
                    fields.closed.add(current);
                }
                current = m.group(1) != null ? Field.EO : m.group(2) != null ? Field.TAGS
                        : m.group(3) != null ? Field.SUBJECT : m.group(4) != null ? Field.REF : Field.CLASSIFIED_BY;
                fields.values.computeIfAbsent(current, f -> new StringBuilder());
                at = m.end();
            }
            if (current != null) {
                fields.append(current, line.substring(at), i);
                // TAGS and the E.O. line are one line, but TAGS may wrap onto lines of bare codes.
                if (current == Field.EO || current == Field.TAGS && (i + 1 >= to || !looksLikeTags(lines.get(i + 1)))) {
                    fields.closed.add(current);
                    current = null;
                }
            }
        }
        return fields;
    }

    private void append(Field field, String text, int line) {
        if (text.isBlank()) {
            return;
        }
        lastLine = Math.max(lastLine, line);
        if (!closed.contains(field)) {
            var sb = values.get(field);
            sb.append(sb.length() == 0 ? "" : "\n").append(text.trim());
        }
    }

    private static boolean looksLikeTags(String line) {
        var t = line.trim();
        return !t.isEmpty() && t.length() < 100 && t.matches("[A-Z0-9 ,()'.-]+") && !MARKER.matcher(t).find()
                && !Lines.PARAGRAPH_START.matcher(t).lookingAt();
    }

    String get(Field field) {
        var sb = values.get(field);
        return sb == null || sb.length() == 0 ? null : sb.toString();
    }

    boolean has(Field field) {
        return values.containsKey(field);
    }

    /** The last line index a field's value came from, or -1. */
    int lastLine() {
        return lastLine;
    }

    List<Field> present() {
        return new ArrayList<>(values.keySet());
    }
}
