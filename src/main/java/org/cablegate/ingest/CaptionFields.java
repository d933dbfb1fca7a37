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
            "(?=[EeTtSsRrCcAaUu])(?:(?<![A-Za-z])((?i:E\\.\\s?O\\.\\s?(?:12958|12065|12356)|EO 12958|E\\.O\\. 13526))\\s*:?|(?<![A-Za-z])((?i:TAGE?S|TAG|TAS|TABS|TGS|AGS)\\s*[:;,]|TAGS(?=\\s))"
                    + "|(?<![A-Za-z])((?i:S?UBJECT|SUBJ))\\s*:|((?<![A-Za-z])(?i:REF(?:S|TELS?|\\(S\\))?)\\s*:|(?<![A-Za-z])REFS?(?:\\.|(?=\\s+\\(?[A-Z][.):]?\\s|\\s+[A-Z]{3,}(?: [A-Z]{2,}){0,2}\\s+\\d))|REF:)"
                    + "|((?<![A-Za-z])(?i:CLASSIFIED\\s+BY)|Classified By(?=:))\\s*:?"
                    // TAGS without its colon, in any case, only where a line starts: "TAG PTER, PGOV", "tags PREL ECON".
                    + "|^\\s{0,8}((?i:TAGE?S|TAG))\\s+(?=[A-Za-z(])"
                    // SUBJECT without its colon, where a line starts: "SUBJECT SAG AGREES TO USG STEPS"
                    + "|^\\s{0,8}(SUBJECT)\\s+(?=[A-Z]))");

    private static final boolean[] MARKER_FIRST = new boolean[128];

    static {
        for (var c : "EeTtSsRrCcAaUu".toCharArray()) {
            MARKER_FIRST[c] = true;
        }
    }

    /** Where a {@link #MARKER} match can start: a letter of its lookahead, at a word's start unless "REF:" or "Classified By". */
    private static final Lines.MatchStart MARKER_START = (s, p) -> {
        var c = s.charAt(p);
        if (c >= 128 || !MARKER_FIRST[c]) {
            return false;
        }
        return p == 0 || !Lines.isAsciiLetter(s.charAt(p - 1)) || c == 'R' && startsWith(s, p, "REF:")
                || c == 'C' && startsWith(s, p, "Classified By");
    };

    private static boolean startsWith(CharSequence s, int p, String prefix) {
        if (p + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(p + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code MARKER.matcher(line).find()}, the expression tried only where a label can start. */
    private static java.util.regex.Matcher findMarker(String line) {
        var m = Lines.regionMatcher(MARKER, line);
        return Lines.find(m, line, 0, MARKER_START) ? m : null;
    }

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
                if (current == Field.REF && refGoesOn(lines, i, to)) {
                    continue;
                }
                if (current == Field.SUBJECT && fields.get(Field.SUBJECT) == null) {
                    continue; // "SUBJECT:", a blank line, then the subject
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
            if (current != null && Lines.CLASSIFICATION_LINE.matcher(line).lookingAt()
                    || current == Field.SUBJECT && subjectEndsBefore(fields.get(Field.SUBJECT), line)) {
                fields.closed.add(current); // the caption printed again (mirror pages) starts with its classification line
                current = null;
            }
            var m = Lines.regionMatcher(MARKER, line);
            int at = 0;
            int searchFrom = 0;
            while (Lines.find(m, line, searchFrom, MARKER_START)) {
                searchFrom = m.end();
                var field = m.group(1) != null ? Field.EO : m.group(2) != null || m.group(6) != null ? Field.TAGS
                        : m.group(3) != null || m.group(7) != null ? Field.SUBJECT : m.group(4) != null ? Field.REF
                        : Field.CLASSIFIED_BY;
                if (field == current && (field == Field.TAGS || field == Field.REF || field == Field.CLASSIFIED_BY)) {
                    // "TAGS: EAID, BA, TAGS: EFIN", "REF: A. REF A: 09 SOFIA 154": the label printed again inside
                    // the value is a word of it
                    continue;
                }
                if (current != null) {
                    fields.append(current, line.substring(at, m.start()), i);
                }
                if (current != null) {
                    fields.closed.add(current);
                }
                current = field;
                if (field == Field.CLASSIFIED_BY && fields.closed.remove(field)) {
                    fields.values.get(field).append("\n"); // a second "Classified by" passage, after a blank line
                }
                fields.values.computeIfAbsent(current, f -> new StringBuilder());
                at = m.end();
            }
            if (current != null) {
                fields.append(current, line.substring(at), i);
                // TAGS and the E.O. line are one line, but TAGS may wrap onto lines of bare codes; a REF list goes
                // on over lines of citations, and the cable's text may follow it directly.
                if (current == Field.EO || current == Field.TAGS && !tagsGoOn(lines, i, to)
                        || current == Field.REF && !refLineGoesOn(lines, i, to)) {
                    fields.closed.add(current);
                    current = null;
                }
            }
        }
        return fields;
    }

    /**
     * Whether a wrapped SUBJECT stops before this line: a rule, the cable system's "PAGE 02" line, or a sentence in
     * mixed case under a subject printed in capitals ("This is an action request.").
     */
    private static boolean subjectEndsBefore(String subject, String line) {
        if (subject == null) {
            return false;
        }
        var t = line.trim();
        if (Lines.isRule(t) || t.startsWith("PAGE ") && t.length() > 5 && Character.isDigit(t.charAt(5))) {
            return true;
        }
        var marker = findMarker(t);
        var text = marker != null ? t.substring(0, marker.start()) : t;
        return !hasLowerCase(subject) && text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1)) && hasLowerCase(text);
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void append(Field field, String text, int line) {
        text = text.endsWith("\\") ? text.substring(0, text.length() - 1) : text;
        if (text.isBlank()) {
            return;
        }
        lastLine = Math.max(lastLine, line);
        if (!closed.contains(field)) {
            var sb = values.get(field);
            sb.append(sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n' && field != Field.CLASSIFIED_BY ? "" : "\n")
                    .append(text.trim());
        }
    }

    /**
     * Whether the TAGS value of line {@code i} goes on over the next line: it ends with a comma, or the next line
     * (past page breaks) starts with more codes, before any other field's label.
     */
    private static boolean tagsGoOn(List<String> lines, int i, int to) {
        var j = i + 1;
        while (j < to && Lines.isPageBreak(lines.get(j))) {
            j++;
        }
        if (j >= to || Lines.isBlank(lines.get(j))) {
            return false;
        }
        if (lines.get(i).stripTrailing().endsWith(",")) {
            return true;
        }
        var next = lines.get(j);
        var marker = findMarker(next);
        var t = (marker != null ? next.substring(0, marker.start()) : next).trim();
        return !t.isEmpty() && t.length() < 100 && TAG_LINE.matcher(t).matches() && !CAVEAT_LINE.matcher(t).matches()
                && !Lines.startsParagraph(t);
    }

    /** A line that carries on a REF list after a blank line: a lettered item, or a station and serial. */
    private static final Pattern REF_LINE = Pattern.compile(
            "\\s*-?\\s*(?:¶?\\(?[A-Z][.):]\\s.*|\\d{1,7}(?:\\s.*)?|(?:\\d{2,4}\\s)?[A-Z][A-Za-z' -]{1,30}\\s0*\\d{1,7}(?:\\s.{0,80})?)");

    /** Whether the REF list of line {@code i} goes on over the next line. */
    private static boolean refLineGoesOn(List<String> lines, int i, int to) {
        var j = i + 1;
        while (j < to && Lines.isPageBreak(lines.get(j))) {
            j++;
        }
        if (j >= to || Lines.isBlank(lines.get(j))) {
            return true; // the blank line decides (see refGoesOn)
        }
        var line = lines.get(i).stripTrailing();
        var next = lines.get(j);
        var m = findMarker(next);
        if (m != null && m.start() == 0 || line.endsWith(",") || line.endsWith(";") || line.endsWith("-")
                || line.endsWith(":") || line.toUpperCase(java.util.Locale.ROOT).endsWith(" AND")) {
            return true;
        }
        // a line of citations holds a number; a line of the cable's text, unnumbered, is words
        return !Lines.startsParagraph(next) && (DIGIT.matcher(next).find()
                || next.trim().startsWith("(") || next.trim().startsWith(")") || LETTERED.matcher(next.trim()).lookingAt());
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LETTERED = Pattern.compile("¶?[A-Z][.)]");

    /** Whether a REF list goes on past the blank line {@code i}. */
    private static boolean refGoesOn(List<String> lines, int i, int to) {
        var j = i + 1;
        while (j < to && (Lines.isBlank(lines.get(j)) || Lines.isPageBreak(lines.get(j)))) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        var next = lines.get(j);
        return REF_LINE.matcher(next).matches() && !MARKER.matcher(next).lookingAt()
                && !Lines.CLASSIFICATION_LINE.matcher(next.toUpperCase(java.util.Locale.ROOT)).lookingAt()
                && !Lines.startsParagraph(next) && next.trim().length() < 120;
    }

    private static final Pattern TAG_LINE = Pattern.compile("[A-Z0-9 ,()'./&-]+");
    private static final Pattern CAVEAT_LINE = Pattern.compile("(?:SIPDIS|NOFORN|SENSITIVE|NOCONTRACT|ORCON|EXDIS|LIMDIS|NODIS|STADIS|CORRECTED COPY)\\b.*");

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
