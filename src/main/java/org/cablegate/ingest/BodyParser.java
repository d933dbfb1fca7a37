package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body: numbered paragraphs with their markings and the headings they stand under, the signer, the summary.
 *
 * <p>Paragraph keys ({@link Paragraph#n()}): the number the cable prints; a number printed a second time with other
 * text gets {@code "<n>-2"} ({@code -3}, … in document order); the same number with the same text again (a body
 * printed twice) is dropped; a cable that prints no numbers gets ordinals {@code "1"}, {@code "2"}, … over its
 * blank-line separated blocks; text before the first numbered paragraph that is not header or caption gets {@code "0"}.
 */
final class BodyParser {

    record Result(List<Paragraph> paragraphs, String signer, String summary) {
    }

    private static final Pattern MARKING = Pattern.compile(
            "(?:U|SBU|C|S|TS|LOU|U//FOUO|CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS)(?:\\s?/{1,2}\\s?[A-Z]{1,10}){0,3}"
                    + "(?: [A-Z]{2,20}(?:[ ,/]{1,2}[A-Z]{2,20}){0,4})?"
                    + "(?:\\s?-\\s?(?:ENTIRE TEXT|NOFORN|REL [A-Z ,]{1,30}))?");
    private static final Pattern SIGNER_LINE = Pattern.compile("[A-Z][A-Za-z'.-]{1,20}(?: [A-Z][A-Za-z'.-]{0,20}){0,3}");
    /**
     * A signer glued to the end of the last paragraph ("… End comment. CRETZ", "… END COMMENT RAY"), possibly
     * followed by a database record's fields.
     */
    private static final Pattern SIGNER_AT_END = Pattern.compile(
            "(?:(?<=[.!?\")] )|(?<=\\bEND (?:OF )?(?:COMMENT|NOTE|SUMMARY|TALKING POINTS)\\.? ))(?!END\\b|COMMENT\\b)([A-Z][A-Z'-]{2,20}(?: [A-Z][A-Z'-]{1,20}){0,2})(?: \\d{1,3} \\d{1,2}/\\d{1,2}/\\d{4} .*)?$");
    /** Where a {@link #SIGNER_AT_END} match can start: a capital after the space both its lookbehinds end with. */
    private static final Lines.MatchStart SIGNER_START = (s, p) -> p > 0 && s.charAt(p - 1) == ' ' && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z';
    /** A surname printed in mixed case after the last sentence: "… integrated into Europe. Edelman". */
    private static final Pattern MIXED_CASE_SIGNER_AT_END = Pattern.compile("(?<=[.!?\"] )((?:Mc|Mac)?[A-Z][a-z]{2,20})$");
    /** Words that may close a cable's text without a full stop and are no surname. */
    private static final java.util.Set<String> NOT_SIGNERS = java.util.Set.of("End", "Ends", "Comment", "Summary", "Note",
            "Text", "Thanks", "Thank", "Regards", "Cheers", "Unquote", "Quote", "Begin", "None", "Yes", "No",
            // the first word of a sentence cut off where a page or an extract ends
            "The", "This", "That", "These", "Those", "There", "Then", "They", "She", "And", "But", "For", "With",
            "When", "While", "After", "Before", "Our", "His", "Her", "Its", "Their", "One", "Two", "Some", "Per");
    private static final Pattern RECORD_FIELDS = Pattern.compile(" \\d{1,3} \\d{1,2}/\\d{1,2}/\\d{4} ");
    private static final Pattern LETTERED_HEADING = Pattern.compile("^[A-Z][.)] {1,4}\\S.{0,70}$");
    private static final Pattern GROUP_MARK = Pattern.compile("^(?:GP-\\d|NNNN|BT|DECL[A-Z]*:.*|ADP\\d*)$");

    private BodyParser() {
    }

    /**
     * @param lines    the cable's lines
     * @param from     first body line (a numbered paragraph, or the first line after the caption)
     * @param to       end of the body (exclusive)
     * @param preamble text between the caption and the first numbered paragraph, or empty
     * @param openingHeading a heading standing over the first paragraph, or null
     * @param station  the cable's own station ("TRIPOLI"), which its page breaks print, or null
     */
    static Result parse(List<String> lines, int from, int to, List<String> preamble, String openingHeading,
                        String station) {
        var content = new ArrayList<String>(to - from);
        for (int i = from; i < to; i++) {
            var line = stripDumpContinuation(lines.get(i));
            if (!Lines.isPageBreak(line)) {
                content.add(Lines.withoutInlinePageBreaks(line, station));
            }
        }
        var signer = takeSignerLine(content);
        var blocks = hasNumbers(content) ? numbered(content, openingHeading) : unnumbered(content);
        var preambleText = Lines.squash(String.join(" ", preamble));
        if (!preambleText.isEmpty()) {
            blocks.add(0, new Block("0", null, null, new StringBuilder(preambleText)));
        }
        if (signer == null && !blocks.isEmpty()) {
            signer = takeSignerAtEnd(blocks.get(blocks.size() - 1));
        }
        var paragraphs = keyed(blocks);
        return new Result(paragraphs, signer, Summaries.find(paragraphs));
    }

    private static String stripDumpContinuation(String line) {
        return line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
    }

    /** A paragraph being read. */
    private static final class Block {
        final String printed;
        final String marking;
        final String heading;
        final StringBuilder text;

        Block(String printed, String marking, String heading, StringBuilder text) {
            this.printed = printed;
            this.marking = marking;
            this.heading = heading;
            this.text = text;
        }

        /** How far {@link #hasLowerCase()} has looked, and what it found: the text only grows at its end. */
        private int lowerCaseScanned;
        private boolean lowerCase;

        void add(String line) {
            text.append(' ').append(line);
        }

        /** Whether the text holds a lower-case letter; looks only at what was added since the last call. */
        boolean hasLowerCase() {
            if (!lowerCase) {
                int n = text.length();
                for (int i = lowerCaseScanned; i < n; i++) {
                    if (Character.isLowerCase(text.charAt(i))) {
                        lowerCase = true;
                        break;
                    }
                }
                lowerCaseScanned = n;
            }
            return lowerCase;
        }
    }

    private static boolean hasNumbers(List<String> content) {
        for (var line : content) {
            if (Lines.startsParagraph(line)) {
                return true;
            }
        }
        return false;
    }

    private static List<Block> numbered(List<String> content, String openingHeading) {
        var blocks = new ArrayList<Block>();
        String heading = openingHeading;
        Block current = null;
        boolean afterBreak = true;
        int lastNumber = 0;
        boolean headingRun = false;
        for (int i = 0; i < content.size(); i++) {
            var line = content.get(i);
            if (Lines.isBlank(line) || Lines.isRule(line)) {
                afterBreak = true;
                continue;
            }
            var start = Lines.mayStartParagraph(line) ? Lines.PARAGRAPH_START.matcher(line) : null;
            if (start != null && start.lookingAt() && opensParagraph(line, start, lastNumber, afterBreak || endsSentence(current))) {
                lastNumber = Integer.parseInt(start.group(1));
                var rest = line.substring(start.end());
                String marking = null;
                var markingEnd = markingEnd(rest);
                if (markingEnd > 0) {
                    marking = marking(rest.substring(1, markingEnd - 1));
                    rest = rest.substring(markingEnd);
                }
                current = new Block(withoutLeadingZeros(start.group(1)), marking, heading,
                        new StringBuilder(rest));
                headingRun = false;
                blocks.add(current);
                afterBreak = false;
                continue;
            }
            var trimmed = line.trim();
            if (isGroupMark(trimmed)) {
                continue;
            }
            var standsApart = afterBreak || endsSentence(current);
            var mixedCase = current != null && current.hasLowerCase();
            var wrapped = standsApart ? wrappedHeading(content, i, mixedCase) : null;
            if (wrapped != null) {
                // a heading wrapped over two lines above its rule: "(S) Ortega Foreign Policy: … Axis of Evil" "Wannabe?"
                heading = wrapped;
                headingRun = true;
                afterBreak = true;
                i++;
                continue;
            }
            if (i > 0 && Lines.isBlank(content.get(i - 1)) && isRedaction(trimmed) && (i + 1 >= content.size() || Lines.isBlank(content.get(i + 1))
                    || content.get(i + 1).trim().startsWith("//"))) {
                // "XXXXXXXXXXXX" alone between blank lines: a paragraph withheld whole, not a line of the one above
                // (06MADRID76's first build), so that the paragraph above reads the same in every build.
                continue;
            }
            if (isHeading(withoutMarking(trimmed), standsApart, content, i)
                    && nextIsParagraph(content, i, mixedCase)) {
                // Headings in a row ("STATISTICAL TABLES - TO BE PROVIDED SEPARATELY", "CHEMICAL CONTROL") stand
                // together over the paragraph below them.
                heading = headingRun && heading != null ? heading + " / " + heading(trimmed) : heading(trimmed);
                headingRun = true;
                afterBreak = true;
                continue;
            }
            headingRun = false;
            if (current != null) {
                // WikiLeaks anchored every line that starts with a number: "¶2013." inside a sentence is "2013."
                current.add(line.stripLeading().startsWith("¶") ? line.stripLeading().substring(1) : line);
            }
            afterBreak = false;
        }
        return blocks;
    }

    /** "007" → "7", "0" stays "0": the zeros before a digit. */
    private static String withoutLeadingZeros(String digits) {
        int k = 0;
        while (k + 1 < digits.length() && digits.charAt(k) == '0' && Character.isDigit(digits.charAt(k + 1))) {
            k++;
        }
        return k == 0 ? digits : digits.substring(k);
    }

    /**
     * Whether a line that starts like "12." really opens paragraph 12: the next number, or a number after a sentence
     * has ended. "1, MVD officers …" inside a sentence that wrapped after "September 21 to October" does not.
     */
    private static boolean opensParagraph(String line, java.util.regex.Matcher start, int lastNumber,
                                          boolean afterSentence) {
        var number = Integer.parseInt(start.group(1));
        if (number == lastNumber + 1) {
            return true;
        }
        var comma = line.charAt(start.end(1) + (line.charAt(start.end(1)) == ' ' ? 1 : 0)) == ',';
        return !comma && afterSentence;
    }

    private static List<Block> unnumbered(List<String> content) {
        var blocks = new ArrayList<Block>();
        StringBuilder current = null;
        for (var line : content) {
            if (Lines.isBlank(line)) {
                current = null;
                continue;
            }
            if (isGroupMark(line.trim())) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line);
                blocks.add(new Block(String.valueOf(blocks.size() + 1), null, null, current));
            } else {
                current.append(' ').append(line);
            }
        }
        return blocks;
    }

    /** The length of a leading "(SBU)" style marking, or 0 when the text does not open with one. */
    private static int markingEnd(String rest) {
        if (rest.isEmpty() || rest.charAt(0) != '(') {
            return 0;
        }
        var close = rest.indexOf(')');
        if (close < 2 || close > 30) {
            return 0;
        }
        return MARKING.matcher(rest.substring(1, close).trim().toUpperCase(Locale.ROOT)).matches() ? close + 1 : 0;
    }

    private static final Pattern SLASH_SPACES = Pattern.compile("\\s*/\\s*");

    /** "C - ENTIRE TEXT" → "C"; "S // NF" → "S//NF". */
    private static String marking(String inner) {
        var m = inner.trim().toUpperCase(Locale.ROOT);
        if (m.indexOf('/') >= 0) {
            m = SLASH_SPACES.matcher(m).replaceAll("/");
        }
        var dash = m.indexOf(" - ");
        if (dash < 0) {
            dash = m.indexOf('-');
        }
        return (dash > 0 ? m.substring(0, dash) : m).trim();
    }

    /** "GP-3", "NNNN", "BT": the cable system's marks, not text. */
    private static boolean isGroupMark(String line) {
        return line.length() < 60 && !line.isEmpty() && "GNBDA".indexOf(line.charAt(0)) >= 0
                && GROUP_MARK.matcher(line).matches();
    }

    /** Whether a line can be a heading; the caller then checks that a paragraph follows it. */
    private static boolean isHeading(String line, boolean standsApart, List<String> content, int i) {
        if (line.length() < 3 || line.length() > 80) {
            return false;
        }
        if (isRedaction(line)) {
            return false; // "XXXXXXXXXXXX": a name withheld, under a list's label
        }
        var last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || line.startsWith("--")) {
            return false;
        }
        if (line.startsWith("//") || standsApart && maybeLettered(line) && LETTERED_HEADING.matcher(line).matches()) {
            return true;
        }
        if (!standsApart) {
            return false;
        }
        if (last == ':' || last == '?' || last == '!') {
            // "WHY A NUCLEAR SUBMARINE?", "How Would It Happen?", "Comment and Action Request:"
            return Lines.isUpperCase(line) || titleCase(line) || underlined(content, i);
        }
        return Lines.isUpperCase(line) && line.chars().anyMatch(Character::isLetter)
                || line.length() <= 60 && titleCase(line)
                // a line under a rule is a heading in whatever case: "Bio notes", "Essential to Use All Assets …"
                || Character.isUpperCase(line.charAt(0)) && underlined(content, i);
    }

    /** What {@link #LETTERED_HEADING} needs first: "A. ", "B) ". */
    private static boolean maybeLettered(String line) {
        return line.length() >= 4 && line.charAt(0) >= 'A' && line.charAt(0) <= 'Z'
                && (line.charAt(1) == '.' || line.charAt(1) == ')') && line.charAt(2) == ' ';
    }

    private static boolean isRedaction(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) != 'X' && line.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether the line after line i is a rule ("-------"): the line is underlined as a heading is. */
    private static boolean underlined(List<String> content, int i) {
        return i + 1 < content.size() && Lines.isRule(content.get(i + 1));
    }

    /** "IRAN/EGL Gas Deal", "Putin's the Man": most words capitalised, as a title is and a sentence is not. */
    private static boolean titleCase(String line) {
        // the words of line.split(" +") counted without the array: a leading space gives an empty first word,
        // trailing spaces none
        int words = 0;
        int capitalised = 0;
        int n = line.length();
        int i = 0;
        if (n > 0 && line.charAt(0) == ' ') {
            words++; // the empty first word
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        while (i < n) {
            words++;
            if (Character.isUpperCase(line.charAt(i))) {
                capitalised++;
            }
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        if (words == 1 && n > 0 && line.charAt(0) == ' ') {
            words = 0; // all spaces: split gives no word at all
        }
        return words <= 8 && Character.isUpperCase(line.charAt(0)) && capitalised * 2 >= words + 1;
    }

    private static String heading(String line) {
        var s = withoutMarking(line.trim());
        if (s.contains("//")) {
            s = EDGE_SLASHES.matcher(s).replaceAll("");
        }
        if (s.contains("--")) {
            s = EDGE_DASHES.matcher(s).replaceAll("");
        }
        return Lines.squash(s);
    }

    private static final Pattern EDGE_SLASHES = Pattern.compile("^/{2,}|/{2,}$");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-{2,}|-{2,}$");

    /** A heading's leading marking, as a subject's: "(C) Security Forces: …" → "Security Forces: …". */
    private static final Pattern HEADING_MARKING = Pattern.compile("^\\((?:U|SBU|C|S|TS|LOU|[CS]/NF|[CS]//NF|SBU/NF|U//FOUO)\\)\\s+");

    private static String withoutMarking(String line) {
        return line.startsWith("(") ? HEADING_MARKING.matcher(line).replaceFirst("") : line;
    }

    /**
     * The heading printed over lines i and i+1 and underlined on line i+2, or null: the second line is short and
     * the two read as one heading over the next paragraph.
     */
    private static String wrappedHeading(List<String> content, int i, boolean mixedCase) {
        if (i + 2 >= content.size() || !Lines.isRule(content.get(i + 2)) || Lines.isBlank(content.get(i + 1))
                || Lines.isRule(content.get(i + 1))) {
            return null;
        }
        var second = content.get(i + 1).trim();
        if (second.length() > 30 || Lines.startsParagraph(second)) {
            return null;
        }
        var joined = withoutMarking(content.get(i).trim()) + " " + second;
        return isHeading(joined, true, content, i + 1) && nextIsParagraph(content, i + 1, mixedCase) ? heading(joined) : null;
    }

    private static boolean endsSentence(Block block) {
        if (block == null) {
            return true;
        }
        var text = block.text;
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!:\")\u201D\u2019".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether a paragraph follows line i: past blank lines and rules, and in a cable not printed all in capitals
     * past one more heading line in capitals.
     */
    private static boolean nextIsParagraph(List<String> content, int i, boolean mixedCase) {
        int headings = 0;
        for (int j = i + 1; j < content.size(); j++) {
            var line = content.get(j);
            if (Lines.isBlank(line) || Lines.isRule(line)) {
                continue;
            }
            if (Lines.startsParagraph(line)) {
                return true;
            }
            var t = line.trim();
            if (mixedCase && headings == 0 && t.length() <= 60 && !isRedaction(t) && !t.endsWith(".") && Lines.isUpperCase(t)
                    && t.chars().anyMatch(Character::isLetter)) {
                headings++;
                continue;
            }
            return false;
        }
        return false;
    }

    /**
     * Lines that may follow the signer and are not text: the release footer ("Declassified/Released US Department of
     * State EO Systematic Review 05 JUL 2006"), the communications centre's notes ("NOTE BY OC/T: ...", "NOTE: NOT
     * PASSED TO ..."), caveats and database records ("2004CARACA01540 - UNCLASSIFIED").
     */
    private static final Pattern FOOTER = Pattern.compile(
            "(?:Declassified/Released\\b.*|(?:Systematic\\s+)?Review\\s+\\d{1,2}\\s+[A-Z]{3}\\s+\\d{4}|NOTE(?:\\s+BY|:)\\s.*"
                    // the embassy's web-site notice between stars: "Visit Embassy Tel Aviv's Classified Website: …"
                    + "|[*\\s]*Visit\\s.{0,60}\\bClassified\\s+Website\\b.*|You can also access this site\\b.*|[*\\s]{5,}"
                    + "|SIPDIS|NOFORN|[>.]|\\d{4}[A-Z]{3,}\\d{3,6}\\s+-\\s+.*|Classification:\\s+[A-Z ]+"
                    + "|(?i:S\\s?E\\s?C\\s?R\\s?E\\s?T|C\\s?O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L|UNCLASSIFIED|LIMITED OFFICIAL USE))");

    /** A signer run onto the end of the web-site notice's closing stars: "… SIPRNET website. ****** KURTZER". */
    private static final Pattern SIGNER_AFTER_STARS = Pattern.compile("\\*{5,}\\s+([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20}){0,2})\\s*$");

    /** Removes and returns the signer's line that ends the body ("MILAS", "VAN VOORST"), if there is one. */
    private static String takeSignerLine(List<String> content) {
        splitSignerAfterStars(content);
        var footers = new ArrayList<Integer>();
        var classifications = new ArrayList<Integer>();
        String signer = null;
        for (int i = content.size() - 1; i >= 0; i--) {
            var line = content.get(i).trim();
            if (line.isEmpty() || isGroupMark(line)) {
                continue;
            }
            if (Lines.classificationOf(line) != null) {
                classifications.add(i); // the classification repeated at the foot of the page is not text
                continue;
            }
            if (isFooter(line)) {
                footers.add(i);
                continue;
            }
            if (signer == null && i > 0 && line.length() <= 40 && line.equalsIgnoreCase(content.get(i - 1).trim())) {
                footers.add(i); // the signer printed twice ("Huntsman", "huntsman"): the first is read
                continue;
            }
            var name = Tags.stripEnd(line, "#.").trim();
            if (name.length() <= 40 && SIGNER_LINE.matcher(name).matches() && !name.startsWith("END")
                    && (Lines.isUpperCase(name) || name.split(" ").length <= 2 && afterSentence(content, i))
                    && !Lines.startsParagraph(name)) {
                signer = name;
                footers.add(i);
                footers.addAll(classifications);
                footersAbove(content, i, footers);
            }
            break;
        }
        // lines below the signer are not text; without a signer, only the classification lines go
        var remove = signer != null ? footers : classifications;
        remove.sort(java.util.Comparator.reverseOrder());
        for (int i : remove) {
            content.remove(i);
        }
        return signer;
    }

    private static boolean isFooter(String line) {
        return line.length() < 240 && FOOTER.matcher(line).matches();
    }

    /** The footers between the last paragraph and the signer on line {@code signer} ("Visit London's Classified Website: …"). */
    private static void footersAbove(List<String> content, int signer, List<Integer> footers) {
        for (int j = signer - 1; j >= 0; j--) {
            var line = content.get(j).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (!isFooter(line) || line.length() < 5) {
                return;
            }
            footers.add(j);
        }
    }

    private static void splitSignerAfterStars(List<String> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            var line = content.get(i);
            if (line.isBlank()) {
                continue;
            }
            var m = line.indexOf("*****") >= 0 ? SIGNER_AFTER_STARS.matcher(line) : null;
            if (m != null && m.find()) {
                content.set(i, line.substring(0, m.start(1)));
                content.add(i + 1, m.group(1));
            }
            return;
        }
    }

    /** Whether the last non-blank line before line i ends a sentence: a short name after it is a signature. */
    private static boolean afterSentence(List<String> content, int i) {
        for (int j = i - 1; j >= 0; j--) {
            var t = content.get(j).trim();
            if (!t.isEmpty()) {
                var c = t.charAt(t.length() - 1);
                return c == '.' || c == '"' || c == ')' || c == '!' || c == '?';
            }
        }
        return false;
    }

    /** "… End comment. STEVENS" at the end of the last paragraph: the signer, and anything after it is not text. */
    private static String takeSignerAtEnd(Block last) {
        var text = Lines.squash(last.text);
        // Only the end can hold the signer: the last words, or the words before a database record's fields.
        var record = RECORD_FIELDS.matcher(text);
        int end = record.find() ? record.start() + 1 : text.length();
        var m = Lines.regionMatcher(SIGNER_AT_END, text);
        last.text.setLength(0);
        if (Lines.find(m, text, Math.max(0, end - 80), SIGNER_START) && !m.group(1).startsWith("END") && !m.group(1).equals("COMMENT")) {
            last.text.append(text, 0, m.start());
            return m.group(1);
        }
        var mixed = MIXED_CASE_SIGNER_AT_END.matcher(text);
        mixed.useTransparentBounds(true).region(Math.max(0, text.length() - 40), text.length());
        if (mixed.find() && !NOT_SIGNERS.contains(mixed.group(1))) {
            last.text.append(text, 0, mixed.start());
            return mixed.group(1);
        }
        last.text.append(text);
        return null;
    }

    private static List<Paragraph> keyed(List<Block> blocks) {
        var paragraphs = new ArrayList<Paragraph>(blocks.size());
        var textByKey = new HashMap<String, String>();
        Map<String, Integer> seen = new HashMap<>();
        for (var block : blocks) {
            var text = Lines.squash(block.text);
            if (text.isEmpty() && block.marking == null) {
                continue;
            }
            var key = block.printed;
            var count = seen.merge(key, 1, Integer::sum);
            if (count > 1) {
                if (text.equals(textByKey.get(key))) {
                    continue; // the same paragraph printed again
                }
                key = key + "-" + count;
            }
            textByKey.putIfAbsent(block.printed, text);
            paragraphs.add(new Paragraph(key, paragraphs.size(), block.marking, block.heading, text,
                    Fingerprints.of(text)));
        }
        return List.copyOf(paragraphs);
    }
}
