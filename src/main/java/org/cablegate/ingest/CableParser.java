package org.cablegate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Raw cable text in, {@link ParsedCable} out. The format is detected from the text: WikiLeaks cable pages (HTML),
 * text copies of them inside other pages, mirror pages, plain-text conversions, cable-search JSON(P), bare cable
 * text; rows of the {@code cables.csv} dump come through {@link #parse(CsvRow)}. Thread-safe and reusable.
 *
 * <p>Only {@link CableParseException} leaves it: text that is not a cable is told apart, with what is missing and
 * on which line.
 */
public final class CableParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REF_ID_LINE = Pattern.compile("\\d{2}[A-Z][A-Z0-9]{1,40}\\d");
    private static final Pattern JSONP = Pattern.compile("^[A-Za-z_$][\\w$.]{0,60}\\(");
    private static final Pattern PAGE_COLUMNS = Pattern.compile("(?m)^\\s*Reference ID\\s+Created\\s+Released\\s+Classification\\s+Origin\\s*$");
    private static final Pattern PAGE_VALUES = Pattern.compile(
            "^\\s*(\\S+)\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})\\s+([A-Z][A-Z/ ]{2,60}?)\\s+([A-Z][a-z].{1,80}?)\\s*$");
    /** Web-page chrome that follows a cable copied into a blog post or forum. */
    private static final Pattern CHROME = Pattern.compile(
            "(?i)^\\s*(?:post a comment|leave a reply|share this:?|like this:?|related posts?|comments?\\s*\\(|trackback|about these ads|posted in|tags?:\\s*[a-z])");
    private static final Pattern MEDIA_DATE = Pattern.compile(
            "^[A-Z][a-z]{2,8}, (\\d{1,2} [A-Z][a-z]{2,8} \\d{4}), (\\d{2}:\\d{2})\\s*$");
    private static final DateTimeFormatter MEDIA = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

    /** Parses one cable in any supported text format. */
    public ParsedCable parse(String text) throws CableParseException {
        if (text == null || text.isBlank()) {
            throw new CableParseException("empty input: no cable text", 1);
        }
        try {
            return CableTextParser.parse(read(normalise(text)));
        } catch (CableParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // The one boundary: whatever a malformed input trips over is reported as unreadable, never thrown on.
            throw new CableParseException("the text could not be read as a cable", 0);
        }
    }

    /** Parses one row of the {@code cables.csv} dump. */
    public ParsedCable parse(CsvRow row) throws CableParseException {
        try {
            var raw = new RawCable(SourceFormat.CSV_ROW, row.refId(), Dates.publisher(row.date()), null,
                    blankToNull(row.classification()), blankToNull(row.origin()), normalise(row.header()),
                    DumpRows.firstRecordBody(normalise(row.body())), (int) row.line());
            return CableTextParser.parse(raw);
        } catch (CableParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CableParseException("row " + row.rowNumber() + " could not be read as a cable", (int) row.line());
        }
    }

    private static String normalise(String text) {
        var s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    private RawCable read(String text) throws CableParseException {
        var head = text.substring(0, Math.min(text.length(), 4000)).toLowerCase(Locale.ROOT);
        var trimmed = text.stripLeading();
        if (head.contains("<pre") || head.contains("<html") || head.contains("<table class") || trimmed.startsWith("<!")) {
            return html(text);
        }
        if (trimmed.startsWith("{") || JSONP.matcher(trimmed).lookingAt() && trimmed.contains("\"items\"")) {
            return json(trimmed);
        }
        var lines = text.split("\n", 12);
        if (lines.length > 8 && lines[0].trim().equals("Identifier") && lines[1].trim().equals("Created")
                && lines[2].trim().equals("Classification") && lines[3].trim().equals("Origin")) {
            return mirror(text);
        }
        if (lines.length > 6 && REF_ID_LINE.matcher(lines[0].trim()).matches() && Dates.publisher(lines[2]) != null) {
            return alx(text);
        }
        var columns = PAGE_COLUMNS.matcher(text);
        if (columns.find()) {
            return pageText(text, columns.end());
        }
        return new RawCable(SourceFormat.BARE_TEXT, null, null, null, null, null, "", DumpRows.firstRecordBody(text), 1);
    }

    private static RawCable html(String text) throws CableParseException {
        var doc = Jsoup.parse(text);
        var cells = doc.select("table.cable td");
        var pres = doc.select("pre");
        if (pres.isEmpty()) {
            throw new CableParseException("an HTML page without a cable: no <pre> block holds cable text", 1);
        }
        for (var pre : pres) {
            dropLineBreakTags(pre);
        }
        var header = pres.size() > 1 ? pres.first().wholeText() : "";
        var body = pres.last().wholeText();
        String refId = null;
        Instant created = null;
        Instant released = null;
        String classification = null;
        String origin = null;
        if (cells.size() >= 5) {
            refId = cells.get(0).text().trim();
            created = Dates.publisher(cells.get(1).text());
            released = Dates.publisher(cells.get(2).text());
            classification = blankToNull(cells.get(3).text());
            origin = blankToNull(cells.get(4).text());
        }
        return new RawCable(SourceFormat.WIKILEAKS_HTML, refId, created, released, classification, origin,
                normalise(header), DumpRows.firstRecordBody(normalise(body)), 1);
    }

    /**
     * Early builds ended each line with {@code <br>} as well as its newline: the tag would print every line twice
     * apart, and a wrapped SUBJECT would stop at its first line. A {@code <br>} before a newline is dropped.
     */
    private static void dropLineBreakTags(org.jsoup.nodes.Element pre) {
        for (var br : pre.select("br")) {
            if (br.nextSibling() instanceof org.jsoup.nodes.TextNode next && next.getWholeText().startsWith("\n")) {
                br.remove();
            }
        }
    }

    private static RawCable json(String text) throws CableParseException {
        var json = text;
        var paren = json.indexOf('(');
        if (!json.startsWith("{") && paren > 0) {
            var close = json.lastIndexOf(')');
            json = json.substring(paren + 1, close > paren ? close : json.length());
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new CableParseException("not valid cable-search JSON", 1);
        }
        var item = root.path("items").path(0);
        if (item.isMissingNode() || !item.path("text").isTextual()) {
            throw new CableParseException("cable-search JSON without a cable: no items[0].text", 1);
        }
        var body = normalise(item.path("text").asText());
        var published = Dates.publisher(item.path("date").asText(null));
        // Media-partner texts open with the true time of the cable: "Wednesday, 19 November 2008, 06:43".
        var firstLine = body.lines().findFirst().orElse("");
        var media = MEDIA_DATE.matcher(firstLine);
        if (media.matches()) {
            try {
                published = LocalDateTime.parse(media.group(1) + " " + media.group(2), MEDIA).toInstant(ZoneOffset.UTC);
                body = body.substring(firstLine.length());
            } catch (DateTimeParseException e) {
                // keep the publisher's date
            }
        }
        return new RawCable(SourceFormat.CABLESEARCH_JSON, item.path("id").asText(null), published, null,
                blankToNull(item.path("classification").asText(null)), blankToNull(item.path("origin").asText(null)),
                normalise(item.path("header").asText("")), body, 1);
    }

    private static RawCable mirror(String text) {
        var lines = text.split("\n", -1);
        var values = new java.util.ArrayList<String>();
        int i = 4;
        while (i < lines.length && values.size() < 4) {
            if (!lines[i].isBlank()) {
                values.add(lines[i].trim());
            }
            i++;
        }
        // "Cable title:" and the title: the publisher's, the caption has the subject.
        while (i < lines.length && (lines[i].isBlank() || lines[i].trim().equals("Cable title:"))) {
            i++;
            if (lines[i - 1].trim().equals("Cable title:")) {
                i++;
                break;
            }
        }
        var rest = String.join("\n", List.of(lines).subList(Math.min(i, lines.length), lines.length));
        return new RawCable(SourceFormat.MIRROR_TEXT, values.get(0), Dates.publisher(values.get(1)), null,
                values.get(2), values.get(3), "", rest, i + 1);
    }

    private static RawCable alx(String text) {
        var lines = text.split("\n", 6);
        return new RawCable(SourceFormat.ALX_TEXT, lines[0].trim(), Dates.publisher(lines[2]), null,
                blankToNull(lines[3]), blankToNull(lines[4]), "", lines.length > 5 ? lines[5] : "", 6);
    }

    private static RawCable pageText(String text, int afterColumns) {
        var rest = text.substring(afterColumns);
        var lines = rest.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String refId = null;
        Instant created = null;
        Instant released = null;
        String classification = null;
        String origin = null;
        var values = i < lines.length ? PAGE_VALUES.matcher(lines[i]) : null;
        if (values != null && values.matches()) {
            refId = values.group(1);
            created = Dates.publisher(values.group(2));
            released = Dates.publisher(values.group(3));
            classification = values.group(4).trim();
            origin = values.group(5).trim();
            i++;
        }
        var firstLine = (int) text.substring(0, afterColumns).lines().count() + i + 1;
        var cable = new StringBuilder();
        int blanks = 0;
        boolean started = false;
        for (; i < lines.length; i++) {
            var line = lines[i];
            if (CHROME.matcher(line).find() || started && blanks >= 2 && !line.isBlank()) {
                break; // the page around the cable starts again
            }
            if (line.isBlank()) {
                blanks++;
            } else {
                blanks = 0;
                started |= Lines.PARAGRAPH_START.matcher(line).lookingAt();
            }
            cable.append(line).append('\n');
        }
        return new RawCable(SourceFormat.PAGE_TEXT, refId, created, released, classification, origin, "",
                cable.toString(), firstLine);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
