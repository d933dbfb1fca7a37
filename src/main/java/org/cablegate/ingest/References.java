package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REF line: cables cited, resolved to reference IDs. An item may cite several cables ({@code STATE 41252 AND
 * 44603}; {@code TEHRAN 1091: TEHRAN 263}); a station may be several words ({@code THE HAGUE 482}) or a short form
 * ({@code UNVIE 544}, see {@link ReferenceIds}); a year may be printed before the station in two or four digits
 * ({@code 07 ASTANA 123}, {@code I. 2007 MANAGUA 2135}, {@code 09CAIRO0561}) or after the serial ({@code (08)}),
 * and defaults to the citing cable's own. E-mails, memos, reports and other non-cable references are left out.
 */
final class References {

    /** Where a lettered item starts: {@code A. }, {@code ¶B. }, {@code C) }, {@code (D)}, {@code [E]}. */
    private static final Pattern LETTER = Pattern.compile(
            "(?:^|(?<=[\\s;,¶:.]))(?:\\(([A-Z])\\)|\\[([A-Z])]|([A-Z])(?:\\.\\)|[.):](?![A-Z]\\.)))\\s*");
    /** Where a {@link #LETTER} match can start: "(", "[" or a capital, at the start or after what its lookbehind names. */
    private static final Lines.MatchStart LETTER_START = (s, p) -> {
        var c = s.charAt(p);
        if (c != '(' && c != '[' && (c < 'A' || c > 'Z')) {
            return false;
        }
        if (p == 0) {
            return true;
        }
        var before = s.charAt(p - 1);
        return Lines.isRegexSpace(before) || before == ';' || before == ',' || before == '\u00B6' || before == ':' || before == '.';
    };
    /** A cited cable: an optional year, a station of one to four words, a serial; a year in brackets after it. */
    private static final String MONTH = "\\s{1,3}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\b";
    private static final Pattern CITATION = Pattern.compile(
            "(?=[A-Z0-9(,/])(?:(?<=\\d\\s{0,3})(?<cont>AND|,|/)\\s{0,3}0*(?<contSerial>\\d{1,7})(?![0-9A-Z@]|\\.\\d|\\s{1,3}[A-Z]{3,}\\s{1,3}\\d|" + MONTH + ")"
                    + "|(?<![A-Z0-9@/-])(?:\\(?(?<year>\\d{4}|0?\\d{2}|O\\d)\\)?(?:\\s{1,3}|-|(?=[A-Z])))?"
                    + "(?<station>(?:[A-Z](?:[A-Z']|-(?=[A-Z])|0(?=[A-Z]))+|0[A-Z]{3,})(?:\\s{1,3}(?!O\\d)[A-Z](?:[A-Z']|-(?=[A-Z]))*){0,3}(?:0(?=\\s))?)"
                    + "(?:\\s{0,3}\\((?:(?<yearBetween>\\d{2})|[A-Z])\\))?(?:\\s{0,3}[:,#-]?\\s{0,3})(?:0|O(?=\\d))*(?<serial>\\d{1,7})"
                    + "(?:[-/](?<yearDash>\\d{2})(?!\\d)|\\s(?<yearSpace>\\d{2})(?=\\s*(?:[,;]|$)))?"
                    + "(?![0-9A-Z@]|/(?!\\d)|\\.\\d|-\\d|\\s?Z\\b|" + MONTH + ")(?:\\s{0,2}\\((?<yearAfter>\\d{2})\\))?"
                    // a serial before its station, "REF: 870 ULAANBAATAR": only a known post counts
                    + "|(?<![0-9A-Z.])(?<serialFirst>\\d{2,7})\\s{1,3}(?<stationAfter>[A-Z]{4,})(?=\\s*(?:[,;]|$))"
                    // a serial alone after a list letter, "A) 6307": a cable of the citing post
                    + "|(?<=(?:^|[\\s¶])[(]?[A-Z][.):]\\s{0,3})(?<ownSerial>\\d{3,7})(?=\\s*(?:[,;]|$|\\s[(]?[A-Z][.):])))");
    /**
     * Where a {@link #CITATION} match can start: a char its lookahead allows, not after a capital (every
     * alternative's lookbehind rules a capital out).
     */
    private static final Lines.MatchStart CITATION_START = (s, p) -> {
        var c = s.charAt(p);
        if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '(' || c == ',' || c == '/')) {
            return false;
        }
        return p == 0 || s.charAt(p - 1) < 'A' || s.charAt(p - 1) > 'Z';
    };
    /** Page breaks and classification lines run into the REF value. */
    private static final Pattern NOISE = Pattern.compile(
            "\\b[A-Z][A-Z ]{1,30}?\\s0{2,}\\d{3,6}\\s+\\d{3}(?:\\.\\d{1,2})?\\s+OF\\s+\\d{3}|\\b[A-Z][A-Z ]{1,30}?\\s000\\d{5}\\b"
                    + "|\\bPAGE\\s+\\d{2,3}\\s+[A-Z][A-Z ]*?\\s+\\d{3,6}\\s+(?:\\d{2}\\s+OF\\s+\\d{2}\\s+)?\\d{6}Z"
                    + "|\\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|UNCLAS)\\b(?:\\s+SECTION\\s+\\d+\\s+OF\\s+\\d+)?");
    /** Words that look like a station before a number but are not one. */
    private static final Set<String> NOT_STATIONS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "SEPT", "OCT", "NOV", "DEC", "PARA", "PARAS", "PAGE", "NOTAL", "DATED", "ITEM", "NUMBER", "TELCON",
            "MEMCON", "EMAIL", "E-MAIL", "ARTICLE", "SECTION", "RESOLUTION", "ROOM", "LAW", "DECREE", "CA", "TO", "AND",
            "OF", "THE", "IIR", "CIRCULAR", "ALSO", "PLUS", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY",
            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "FOR", "REPORT", "POC", "ON", "IN", "AT", "NO",
            "OR", "BY", "UNSCR", "INCSR", "DTG", "MSG", "OSC", "FAX", "MEMO", "POINTS", "EUP", "REF", "REFS", "REFTEL",
            "SUBJ", "SUBJECT", "REFERENCE", "REFERENCES", "TELCONS", "TELEGRAM", "TELEGRAMS", "EMAILS", "E-MAILS", "CABLES", "CABLE", "PHONE", "TEL", "VOL", "CHAPTER", "ANNEX", "STATEMENT", "LETTER", "NOTE", "CONVERSATION",
            "DIPNOTE", "WEEK", "DAY", "YEAR", "YEARS", "TOTAL", "SCR", "UNSC", "PL", "HR", "S", "FY", "FROM", "WITH");
    /** Words before a number that mean the item is no cable: e-mails, memos, intelligence reports. */
    private static final Pattern NOT_A_CABLE = Pattern.compile("@|E-?MAIL|\\bCABLES\\b|\\bMEMO\\b|\\bIIR\\b|\\bDTG\\b|\\bINCSR\\b|\\bUNSCR\\b|\\bOSC\\b");

    private References() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String twoDigitYear(int year) {
        var y = year % 100;
        return y < 10 ? "0" + y : String.valueOf(y);
    }

    static List<Reference> parse(String value, int cableYear) {
        return parse(value, cableYear, null);
    }

    /** @param ownStation the citing cable's station, for a serial printed without one; or null */
    static List<Reference> parse(String value, int cableYear, String ownStation) {
        var found = new LinkedHashSet<Reference>();
        var text = value.replace('\n', ' ').replace("\\N", " ").replace("\\n", " ");
        if (text.contains(" OF ") || text.contains("PAGE") || text.contains("000") || text.contains("CLAS")
                || text.contains("CONFIDENTIAL") || text.contains("SECRET")) {
            text = NOISE.matcher(text).replaceAll(" "); // the expression runs only where a page break may be
        }
        var letters = new ArrayList<int[]>();
        var lm = Lines.regionMatcher(LETTER, text);
        for (int from = 0; Lines.find(lm, text, from, LETTER_START); ) {
            from = lm.end();
            var g = lm.group(1) != null ? lm.group(1) : lm.group(2) != null ? lm.group(2) : lm.group(3);
            if (lm.group(3) != null && lm.end() < text.length() && lm.start() > 0 && text.charAt(lm.start() - 1) == '.') {
                continue; // "U.S." is no list letter
            }
            letters.add(new int[]{lm.start(), lm.end(), g.charAt(0)});
        }
        var m = Lines.regionMatcher(CITATION, text);
        String lastStation = null;
        String lastYear = null;
        boolean lastWasAnd = false;
        int lastEnd = 0;
        int itemStart = 0;
        String letter = null;
        int li = 0;
        int at = 0;
        while (at <= text.length() && Lines.find(m, text, at, CITATION_START)) {
            at = m.end();
            while (li < letters.size() && letters.get(li)[0] <= m.start()) {
                letter = String.valueOf((char) letters.get(li)[2]);
                itemStart = Math.max(itemStart, letters.get(li)[1]);
                li++;
            }
            if (m.group("cont") != null) {
                // "STATE 41252 AND 44603", "GUANGZHOU 11657 AND 7743, 12155": more serials of the same station.
                var and = !m.group("cont").equals(",");
                if (lastStation != null && (and || lastWasAnd) && text.substring(lastEnd, m.start()).isBlank()) {
                    lastEnd = m.end();
                    add(lastYear, lastStation, m.group("contSerial"), letter, found);
                    lastWasAnd = true;
                } else {
                    at = m.start("contSerial");
                }
                continue;
            }
            lastWasAnd = false;
            var own = twoDigitYear(cableYear);
            if (m.group("serialFirst") != null) {
                if (ReferenceIds.isKnownStation(m.group("stationAfter"))) {
                    add(own, ReferenceIds.station(m.group("stationAfter")), m.group("serialFirst"), letter, found);
                }
                continue;
            }
            if (m.group("ownSerial") != null) {
                if (ownStation != null) {
                    add(own, ownStation, m.group("ownSerial"), letter, found);
                }
                continue;
            }
            var words = SPACES.split(m.group("station"));
            int from = chooseStation(words);
            // The item this citation stands in: from its letter, the last ';' or the citation before it.
            var semicolon = text.lastIndexOf(';', m.start());
            var item = text.substring(Math.min(Math.max(itemStart, semicolon + 1), m.start("station")), m.start("station"))
                    + " " + String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(from, 0)));
            if (from < 0 || NOT_A_CABLE.matcher(item + " " + m.group("station")).find()) {
                lastStation = null;
                itemStart = Math.max(itemStart, m.end());
                // The number may be the year of the next citation: "REF A: 09 SOFIA 154".
                at = m.start("serial");
                while (at > 0 && text.charAt(at - 1) == '0') {
                    at--;
                }
                continue;
            }
            var station = ReferenceIds.station(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
            // A year printed before the station counts only when nothing but a word like THE stands between them.
            var year = onlyNoise(words, from) ? m.group("year") : null;
            for (var after : new String[]{"yearBetween", "yearDash", "yearSpace", "yearAfter"}) {
                if (m.group(after) != null) {
                    year = m.group(after);
                }
            }
            year = year == null ? twoDigitYear(cableYear) : twoDigits(year);
            add(year, station, m.group("serial"), letter, found);
            lastStation = station;
            lastYear = year;
            lastEnd = m.end();
            itemStart = Math.max(itemStart, m.end());
        }
        return List.copyOf(found);
    }

    private static void add(String year, String station, String serialText, String letter, java.util.Collection<Reference> into) {
        var serial = Long.parseLong(serialText);
        if (serial == 0 || station.length() < 2) {
            return;
        }
        var refId = year + station + serial;
        into.add(new Reference(letter, station + " " + serial, refId));
    }

    private static boolean onlyNoise(String[] words, int from) {
        for (int i = 0; i < from; i++) {
            if (!words[i].equals("THE")) {
                return false;
            }
        }
        return true;
    }

    private static String twoDigits(String year) {
        var y = year.replace('O', '0');
        return y.substring(y.length() - 2);
    }

    /**
     * Which of the words before a serial name the station: the longest run ending at the serial that names a known
     * post ({@code RIO DE JANEIRO}), else the last word; -1 when that word is no station ({@code JULY 15}).
     */
    private static int chooseStation(String[] words) {
        for (int from = 0; from < words.length - 1; from++) {
            if (NOT_STATIONS.contains(words[from]) || words[from].length() == 1) {
                continue;
            }
            if (ReferenceIds.isKnownStation(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)))) {
                return from;
            }
        }
        var last = words[words.length - 1];
        // a station of two letters is one of the known short forms (HK, BA, KL), not "TD-314" or "PL 480"
        if (NOT_STATIONS.contains(last) || last.length() < 2 || last.length() == 2 && !ReferenceIds.isKnownStation(last) || words.length > 1 && NOT_STATIONS.contains(words[words.length - 2])
                && !last.equals("STATE") && !ReferenceIds.isKnownStation(last)) {
            return -1;
        }
        return words.length - 1;
    }

    static Matcher citations(String text) {
        return CITATION.matcher(text);
    }
}
