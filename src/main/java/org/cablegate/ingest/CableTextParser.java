package org.cablegate.ingest;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cable text (header, caption, body) into a {@link ParsedCable}; the same for every format. */
final class CableTextParser {

    private static final Set<String> CAVEATS = Set.of("NOFORN", "NOCONTRACT", "ORCON", "EXDIS", "LIMDIS", "NODIS",
            "STADIS", "SENSITIVE", "PROPIN", "IMCON", "REL");
    private static final Pattern REF_ID = Pattern.compile("\\d{2}[A-Z][A-Z0-9]{1,40}\\d");
    private static final Pattern MARKED_SUBJECT = Pattern.compile("^\\((?i:U|SBU|C|S|LOU|U//FOUO|C/NF|S/NF|S//NF|C//NF)\\)\\s*");
    private static final Pattern FIELD_MARKER = Pattern.compile(
            "(?i)^\\s*(?:E\\.\\s?O\\.\\s?(?:12958|12065|12356)|EO 12958|TAGS|SUBJECT|SUBJ|REF(?:S|TEL)?\\s*:|CLASSIFIED\\s+BY)");
    private static final Pattern WORD = Pattern.compile("[A-Z]{3,12}");
    /** Handling text run on after a subject: "... ANOTHER CHILD Sensitive but unclassified". */
    private static final Pattern SUBJECT_TAIL = Pattern.compile(
            "\\s+(?:(?i:SENSI?TIVE BUT\\b)|This is an? [Aa]ction [Rr]eq).*$");
    private static final Pattern CLASSIFIED_IN_BODY = Pattern.compile("(?i)^(?:.{0,60}?[.)]\\s*)?CLASSIFIED\\s+BY\\b:?\\s*");
    private static final Pattern ENTITY = Pattern.compile("&#(\\d{2,6});");

    private CableTextParser() {
    }

    static ParsedCable parse(RawCable raw) throws CableParseException {
        var lines = lines(raw.text());
        var classificationLine = -1;
        java.util.regex.Matcher classification = null;
        for (int i = 0; i < lines.size(); i++) {
            var m = Lines.CLASSIFICATION_LINE.matcher(lines.get(i));
            if (m.lookingAt()) {
                classificationLine = i;
                classification = m;
                break;
            }
        }
        if (classificationLine < 0) {
            // alx conversions glue the caption to the line before it: "... not available.C O N F I D E N T I A L ..."
            for (int i = 0; i < lines.size() && classificationLine < 0; i++) {
                var glued = Lines.GLUED_CLASSIFICATION.matcher(lines.get(i));
                if (glued.find()) {
                    var line = lines.get(i);
                    lines.set(i, line.substring(0, glued.start() + 1));
                    lines.add(i + 1, line.substring(glued.start() + 1));
                    var m = Lines.CLASSIFICATION_LINE.matcher(lines.get(i + 1));
                    if (m.lookingAt()) {
                        classificationLine = i + 1;
                        classification = m;
                    }
                }
            }
        }
        var captionStart = classificationLine >= 0 ? classificationLine : firstFieldLine(lines);
        var firstParagraph = firstParagraph(lines, Math.max(captionStart, 0));
        if (captionStart < 0) {
            captionStart = firstParagraph < 0 ? 0 : firstParagraph;
        }
        var headerText = raw.header().isBlank() ? String.join("\n", lines.subList(0, captionStart)) : raw.header();
        var header = HeaderParser.parse(headerText);

        var end = lines.size();
        if (firstParagraph >= 0) {
            end = endOfFirstCopy(lines, firstParagraph);
        }
        var captionEnd = firstParagraph >= 0 ? firstParagraph : end;
        var fields = CaptionFields.read(lines, captionStart, captionEnd);

        var created = header.dtgTime() != null ? header.dtgTime() : raw.published();
        var year = created == null ? -1 : created.atZone(ZoneOffset.UTC).getYear();
        var refId = refId(raw, classification, year);
        if (refId == null && classification != null && created == null) {
            throw new CableParseException("no date found: no DTG such as 'R 170654Z NOV 06' in the header and no "
                    + "publisher date, so the caption's station and serial give no reference ID", raw.firstLine());
        }
        if (refId == null) {
            throw new CableParseException("no reference ID found: no publisher metadata, and no caption line such as "
                    + "'UNCLAS ASTANA 000590' naming station and serial", raw.firstLine() + Math.max(captionStart, 0));
        }
        if (created == null) {
            throw new CableParseException("no date found for " + refId + ": no DTG such as 'R 170654Z NOV 06' in the "
                    + "header and no publisher date", raw.firstLine());
        }

        var captionLines = lines.subList(captionStart, captionEnd);
        var caveats = caveats(captionLines);
        var sipdis = caveats.remove("SIPDIS");
        var eo = fields.get(CaptionFields.Field.EO);
        var eoValue = eo == null ? null : Lines.squash(eo);
        header = new CableHeader(header.transmissionId(), header.precedence(), header.dtg(), header.dtgTime(),
                header.from(), header.to(), header.info(), sipdis, List.copyOf(caveats), eoValue,
                eoValue == null || !eoValue.toUpperCase(Locale.ROOT).contains("DECL") ? null : Dates.usDate(eoValue));

        // Text after the last caption field and before the first numbered paragraph is the cable's own opening.
        int bodyFrom = firstParagraph >= 0 ? firstParagraph : Math.max(fields.lastLine() + 1, captionStart + 1);
        var preamble = new ArrayList<String>();
        String openingHeading = null;
        if (firstParagraph >= 0 && fields.lastLine() >= 0) {
            for (int i = fields.lastLine() + 1; i < firstParagraph; i++) {
                var line = lines.get(i);
                if (!Lines.isPageBreak(line) && !Lines.isBlank(line) && !Lines.isRule(line)) {
                    preamble.add(line);
                }
            }
            // A heading right before paragraph 1 ("SUMMARY" over a dashed rule) is its heading, not an opening paragraph.
            if (preamble.size() == 1 && preamble.get(0).trim().length() <= 80 && !preamble.get(0).trim().endsWith(".")) {
                openingHeading = Lines.squash(preamble.get(0));
                preamble.clear();
            }
        }
        if (firstParagraph < 0 && fields.lastLine() < 0) {
            bodyFrom = Math.min(captionStart + 1, end);
        }
        var body = BodyParser.parse(lines, bodyFrom, end, preamble, openingHeading, ownStation(refId));
        if (body.paragraphs().isEmpty() && firstParagraph < 0 && bodyFrom > captionStart + 1) {
            // A cable of one unnumbered paragraph that a caption field took in: the text after the field lines is it.
            var from = afterFieldLabels(lines, captionStart, end);
            body = BodyParser.parse(lines, from, end, List.of(), null, ownStation(refId));
            fields = CaptionFields.read(lines, captionStart, from);
        }
        if (body.paragraphs().isEmpty()) {
            throw new CableParseException("no cable body found for " + refId + ": no paragraph text after the caption",
                    raw.firstLine() + bodyFrom);
        }

        var classificationText = raw.classification();
        if (classificationText == null && classification != null) {
            classificationText = Lines.classificationOf(classification.group(1));
            if (classificationText != null && caveats.contains("NOFORN") && !classificationText.startsWith("UNCLAS")) {
                classificationText += "//NOFORN";
            }
        }
        var origin = raw.origin() != null ? raw.origin() : HeaderParser.originOf(header.from());
        var tags = fields.get(CaptionFields.Field.TAGS);
        var refs = fields.get(CaptionFields.Field.REF);
        var classifiedBy = fields.get(CaptionFields.Field.CLASSIFIED_BY);
        var inBody = classifiedBy == null ? classifiedInBody(body.paragraphs()) : null;
        var caption = new Caption(
                tags == null ? List.of() : List.copyOf(Tags.parse(tags)),
                subject(fields.get(CaptionFields.Field.SUBJECT)),
                refs == null ? List.of() : References.parse(refs.toUpperCase(Locale.ROOT), year, ownStation(refId)),
                classifiedBy != null ? Lines.squash(classifiedBy) : inBody,
                ClassifiedBy.names(classifiedBy != null ? classifiedBy : inBody),
                body.summary(),
                body.signer());
        return new ParsedCable(refId, created, raw.released(), classificationText, origin, header, caption,
                body.paragraphs(), raw.format());
    }

    /** {@code text.split("\n", -1)} into a list that can grow: every line, the empty ones at the end too. */
    private static ArrayList<String> lines(String text) {
        var lines = new ArrayList<String>(Math.max(16, text.length() / 40));
        int at = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
            lines.add(text.substring(at, nl));
            at = nl + 1;
        }
        lines.add(text.substring(at));
        return lines;
    }

    private static String refId(RawCable raw, java.util.regex.Matcher classification, int year) {
        if (raw.refId() != null) {
            var id = raw.refId().trim().toUpperCase(Locale.ROOT);
            if (REF_ID.matcher(id).matches()) {
                return id;
            }
        }
        if (classification != null && year > 0) {
            var station = classification.group(2).replace(" ", "").toUpperCase(Locale.ROOT);
            return String.format("%02d%s%d", year % 100, station, Long.parseLong(classification.group(3)));
        }
        return null;
    }

    /**
     * Older cables say who classified them in the first paragraph: "1. (U) CLASSIFIED BY ROBERT P. FINN, DEPUTY CHIEF
     * OF MISSION. REASON: 1.5 (D)". The text from there on, or null.
     */
    private static String classifiedInBody(List<Paragraph> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            var m = CLASSIFIED_IN_BODY.matcher(paragraphs.get(i).text());
            if (m.find()) {
                var rest = paragraphs.get(i).text().substring(m.end());
                return rest.length() > 300 ? rest.substring(0, 300) : rest;
            }
        }
        return null;
    }

    /** "&#8217;" → "’": numeric character references left in the text by a publisher. */
    private static String decodeEntities(String s) {
        if (s.indexOf("&#") < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1)))));
    }

    /** The line after the last line of the caption that starts with a field's label. */
    private static int afterFieldLabels(List<String> lines, int captionStart, int end) {
        int after = captionStart + 1;
        for (int i = captionStart; i < end; i++) {
            if (FIELD_MARKER.matcher(lines.get(i)).lookingAt()) {
                after = i + 1;
            }
        }
        return Math.min(after, end);
    }

    /** "08TRIPOLI466" → "TRIPOLI". */
    private static String ownStation(String refId) {
        int end = refId.length();
        while (end > 2 && Character.isDigit(refId.charAt(end - 1))) {
            end--;
        }
        var station = refId.length() > 2 ? refId.substring(2, end) : "";
        return station.isEmpty() ? null : station;
    }

    private static int firstFieldLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (FIELD_MARKER.matcher(lines.get(i)).lookingAt()) { // the expression opens with ^: find() is lookingAt()
                return i;
            }
        }
        return -1;
    }

    private static int firstParagraph(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (Lines.startsParagraph(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a body printed twice (mirror pages) starts its second copy, less the caption lines reprinted before it;
     * the end of the lines when it is printed once.
     */
    private static int endOfFirstCopy(List<String> lines, int firstParagraph) {
        var first = lines.get(firstParagraph).trim();
        for (int j = firstParagraph + 1; j < lines.size(); j++) {
            if (lines.get(j).trim().equals(first) && sameNext(lines, firstParagraph, j)) {
                int end = j;
                while (end > firstParagraph + 1 && isCaptionLike(lines.get(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return lines.size();
    }

    private static boolean sameNext(List<String> lines, int a, int b) {
        for (int k = 1; k <= 3; k++) {
            if (b + k >= lines.size() || !lines.get(a + k).trim().equals(lines.get(b + k).trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCaptionLike(String line) {
        var t = line.trim();
        return t.isEmpty() || Lines.CLASSIFICATION_LINE.matcher(t).lookingAt() || FIELD_MARKER.matcher(t).lookingAt()
                || t.equals("SIPDIS") || t.contains(" FOR ") && Lines.isUpperCase(t) && t.length() < 80;
    }

    private static LinkedHashSet<String> caveats(List<String> captionLines) {
        var found = new LinkedHashSet<String>();
        for (var line : captionLines) {
            if (FIELD_MARKER.matcher(line).lookingAt() && !line.contains("SIPDIS")) {
                continue;
            }
            var m = WORD.matcher(line.toUpperCase(Locale.ROOT));
            while (m.find()) {
                var word = m.group();
                if (word.equals("SIPDIS") || CAVEATS.contains(word) && !word.equals("REL")) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    private static String subject(String value) {
        if (value == null) {
            return null;
        }
        var lines = new ArrayList<String>();
        for (var line : value.split("\n")) {
            if (!Lines.isPageBreak(line)) {
                lines.add(line);
            }
        }
        var joined = new StringBuilder();
        for (var line : lines) {
            var t = line.strip();
            // "THE US-" / "LATIN AMERICAN": a word broken at its hyphen is one word again
            var glued = joined.length() > 1 && joined.charAt(joined.length() - 1) == '-'
                    && Character.isLetter(joined.charAt(joined.length() - 2)) && !t.isEmpty() && Character.isLetter(t.charAt(0));
            joined.append(glued || joined.length() == 0 ? "" : " ").append(t);
        }
        var subject = MARKED_SUBJECT.matcher(Lines.squash(joined)).replaceFirst("").trim();
        subject = SUBJECT_TAIL.matcher(subject).replaceFirst("");
        subject = decodeEntities(subject);
        return subject.isEmpty() ? null : subject;
    }
}
