package org.cablegate.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line shapes shared by the caption and body parsers. */
final class Lines {

    /** A numbered paragraph's first line: {@code 1. }, {@code 1.(C)}, {@code ¶1. }, {@code 7, }, {@code 12 . }. */
    static final Pattern PARAGRAPH_START = Pattern.compile("^\\s{0,8}¶?\\s{0,2}(\\d{1,3})\\s{0,2}[.,](?=\\s|\\(|$|[A-Z][a-z])\\s*");

    /** The cable system's page breaks: {@code ASTANA 00000590  002.2 OF 005}, {@code PAGE 02 ROME 01196 01 OF 02 281848Z}. */
    private static final Pattern PAGE_BREAK = Pattern.compile(
            "^\\s*(?:[A-Z][A-Z]{1,20}(?: [A-Z]{2,20}){0,3}\\s{1,4}\\d{5,8}\\s{1,4}\\d{3}(?:\\.\\d{1,2})?\\s{1,4}OF\\s{1,4}\\d{3}"
                    // the same in the mixed case of some pages: "Beijing 00002964 003 of 005"
                    + "|[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,3}\\s{1,4}\\d{8}\\s{1,4}\\d{3}(?:\\.\\d{1,2})?\\s{1,4}of\\s{1,4}\\d{3}"
                    + "|(?:[A-Z ]{0,40}\\s)?PAGE\\s{1,10}\\d{2,3}\\s{1,10}[A-Z][A-Z ]{1,40}?\\s{1,10}\\d{3,6}\\s{1,10}\\d{2}\\s{1,10}OF\\s{1,10}\\d{2}(?:\\s{1,10}\\d{6}Z)?"
                    + "|(?:[A-Z ]{0,40}\\s)?PAGE\\s{1,10}\\d{2,3}\\s{1,10}[A-Z][A-Z ]{1,40}?\\s{1,10}\\d{3,6}\\s{1,10}\\d{6}Z)"
                    + "\\s*\\\\?\\s*$");

    /** Classification words that open the caption's first line. */
    static final Pattern CLASSIFICATION_LINE = Pattern.compile(
            "^\\s*(?i:(UNCLAS(?:SIFIED)?|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)"
                    + "(?:\\s{1,4}(?:E F T O|EFTO|NOFORN|SENSITIVE|FOR OFFICIAL USE ONLY))?"
                    + "(?:\\s{1,4}SECTION\\s{1,4}\\d{1,2}\\s{1,4}OF\\s{1,4}\\d{1,2})?\\s{1,4}([A-Z][A-Z]{1,20}(?: [A-Z]{2,20}){0,3})\\s{1,4})0*(\\d{1,7})(?![0-9])");

    /**
     * A classification line glued to the end of a sentence (".C O N F I D E N T I A L SECTION 01 OF 03") or of the
     * address block's last serial ("AMEMBASSY TRIPOLI 4036C O N F I D E N T I A L").
     */
    static final Pattern GLUED_CLASSIFICATION = Pattern.compile(
            "[.0-9](?=(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET) )");

    private Lines() {
    }

    /** A page break run into a line of text: "... no objection to a TRIPOLI 00000220 002 OF 003 visit by ...". */
    private static final Pattern INLINE_PAGE_BREAK = Pattern.compile(
 " ([A-Z]{3,20}(?: [A-Z]{2,20}){0,3}) {1,3}\\d{8} {1,3}\\d{3}(?:\\.\\d{1,2})? {1,3}OF {1,3}\\d{3}(?= |$)");

    /**
     * The line without page breaks run into it. {@code station} (the cable's own, "TRIPOLI", or null) tells the
     * station from capitals before it: "OPENING REMARKS REPEAT PREVIOUS THEMES TRIPOLI 00000715 002.2 OF 003" keeps
     * the heading's words.
     */
    static String withoutInlinePageBreaks(String line, String station) {
        if (!line.contains(" OF ") || !hasDigitRun(line, 8)) {
            return line;
        }
        var m = INLINE_PAGE_BREAK.matcher(line);
        var out = new StringBuilder(line.length());
        int at = 0;
        while (m.find()) {
            out.append(line, at, stationStart(m, station));
            at = m.end();
        }
        return at == 0 ? line : out.append(line, at, line.length()).toString();
    }

    /** Where the page break of match m starts: before the words that spell the station, or before all its capitals. */
    private static int stationStart(java.util.regex.Matcher m, String station) {
        var words = m.group(1);
        if (station != null) {
            for (int k = 0; k < words.length(); k = words.indexOf(' ', k) + 1) {
                if (words.substring(k).replace(" ", "").equals(station)) {
                    return m.start(1) + k - 1;
                }
                if (words.indexOf(' ', k) < 0) {
                    break;
                }
            }
        }
        return m.start();
    }

    /** Whether the line holds {@code length} digits in a row: the zero-padded serial of a page break. */
    private static boolean hasDigitRun(String line, int length) {
        // windows of `length` chars, tested from their end: a char that is no digit rules out every window holding
        // it, so the next window to test ends `length` chars after it
        int n = line.length();
        int i = length - 1;
        while (i < n) {
            if (!Character.isDigit(line.charAt(i))) {
                i += length;
                continue;
            }
            int k = i - 1;
            while (k > i - length && Character.isDigit(line.charAt(k))) {
                k--;
            }
            if (k == i - length) {
                return true;
            }
            i = k + length;
        }
        return false;
    }

    /** {@code s.equals(s.toUpperCase(Locale.ROOT))}, without the copy for ASCII text. */
    static boolean isUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            var c = s.charAt(i);
            if (c >= 128) {
                return s.equals(s.toUpperCase(java.util.Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    static boolean isPageBreak(String line) {
        // Every page break holds " OF " or a trailing DTG after "PAGE": most lines are told apart without the regex.
        return line.length() < 120 && ((line.contains(" OF ") || line.contains("PAGE")) && hasDigitRun(line, 3)
                || line.contains(" of ") && hasDigitRun(line, 8)) && PAGE_BREAK.matcher(line).matches();
    }

    /** A rule under or over a heading: {@code -------}, {@code =====}, {@code ____}. */
    static boolean isRule(String line) {
        var t = line.trim();
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            var c = t.charAt(i);
            if (c != '-' && c != '=' && c != '_' && c != ' ' && c != '*' && (c < '\u2010' || c > '\u2015')) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs of white space as one space, trimmed. Text between irregular white space (two spaces, a line break, a
     * tab, a no-break space) is copied whole: the JDK's vectorised searches find those, not a test of every char.
     */
    static String squash(CharSequence text) {
        var s = text.toString();
        int n = s.length();
        for (int k = 0; k < n; k++) {
            var c = s.charAt(k);
            if (c >= '\u1680' && Character.isWhitespace(c)) {
                return squashEachChar(s); // white space beyond Latin-1 ("\u2003"): rare
            }
        }
        var out = new StringBuilder(n);
        // the next position of each irregular white space at or after i; -1 when there is none, -2 before looking
        int doubleSpace = -2;
        int newline = -2;
        int tab = -2;
        int cr = -2;
        int noBreak = -2;
        int i = 0;
        while (i < n && isSquashed(s.charAt(i))) {
            i++;
        }
        while (i < n) {
            doubleSpace = doubleSpace < i && doubleSpace != -1 ? s.indexOf("  ", i) : doubleSpace;
            newline = newline < i && newline != -1 ? s.indexOf('\n', i) : newline;
            tab = tab < i && tab != -1 ? s.indexOf('\t', i) : tab;
            cr = cr < i && cr != -1 ? s.indexOf('\r', i) : cr;
            noBreak = noBreak < i && noBreak != -1 ? s.indexOf('\u00a0', i) : noBreak;
            int j = nearest(nearest(nearest(nearest(nearest(n, doubleSpace), newline), tab), cr), noBreak);
            // [i, j) opens with a char that is no white space and holds single spaces only, one maybe at its end
            int e = j;
            while (e > i && s.charAt(e - 1) == ' ') {
                e--;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(s, i, e);
            i = j;
            while (i < n && isSquashed(s.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    private static int nearest(int a, int b) {
        return b >= 0 && b < a ? b : a;
    }

    /** The white space {@link #squash} folds, below U+1680. */
    private static boolean isSquashed(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
    }

    /** {@link #squash} char by char, for text with white space beyond Latin-1. */
    private static String squashEachChar(String s) {
        var out = new char[s.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            var c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c > 127 && Character.isWhitespace(c)) {
                space = length > 0;
            } else {
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * Whether the line may open with a numbered paragraph: what {@link #PARAGRAPH_START} needs before its number (up
     * to ten white-space characters and a pilcrow), told without the expression. False means it cannot match.
     */
    static boolean mayStartParagraph(CharSequence line) {
        int n = Math.min(line.length(), 12);
        for (int i = 0; i < n; i++) {
            var c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '\u00B6') {
                return false;
            }
        }
        return false;
    }

    /** {@code PARAGRAPH_START.matcher(line).lookingAt()}, with the cheap test first. */
    static boolean startsParagraph(String line) {
        return mayStartParagraph(line) && PARAGRAPH_START.matcher(line).lookingAt();
    }

    /** Where an expression's match can start: a test cheaper than trying the expression there. */
    @FunctionalInterface
    interface MatchStart {
        /** False only where no match can start; {@code p} is below the text's length. */
        boolean at(CharSequence text, int p);
    }

    /** A matcher for {@link #find}: its lookbehinds see the text before a region, {@code ^} is the text's start. */
    static Matcher regionMatcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * {@code m.find(from)} for an expression that never matches the empty string, trying it only at the positions
     * {@code start} accepts (which hold every position where it can match): the same match, groups, start and end.
     * {@code m} comes from {@link #regionMatcher}.
     */
    static boolean find(Matcher m, CharSequence text, int from, MatchStart start) {
        int n = text.length();
        for (int p = from; p < n; p++) {
            if (start.at(text, p)) {
                m.region(p, n);
                if (m.lookingAt()) {
                    if (m.start() != p) {
                        // a ^ inside a lookbehind (CITATION's) sets start() to where it matched: find() from here
                        // reports the same match with its start right
                        m.find(p);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether {@code \\s} (without UNICODE_CHARACTER_CLASS) matches c. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The classification a caption line names, in the publisher's words. */
    static String classificationOf(String word) {
        return switch (word.replace(" ", "").toUpperCase(java.util.Locale.ROOT)) {
            case "UNCLAS", "UNCLASSIFIED" -> "UNCLASSIFIED";
            case "CONFIDENTIAL" -> "CONFIDENTIAL";
            case "SECRET" -> "SECRET";
            case "LIMITEDOFFICIALUSE" -> "UNCLASSIFIED//FOR OFFICIAL USE ONLY";
            default -> null;
        };
    }
}
