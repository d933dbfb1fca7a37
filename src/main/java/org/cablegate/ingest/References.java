package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The REF line: cables cited, resolved to reference IDs. A year defaults to the citing cable's own; {@code SECSTATE}
 * is {@code STATE}; leading zeros go; e-mails, memos and other non-cable references are left out.
 */
final class References {

    /** Where a lettered item starts: {@code A. }, {@code ¶B. }, {@code C) }. */
    private static final Pattern LETTER = Pattern.compile("(?:^|(?<=[\\s;,¶]))¶?([A-Z])[.)]\\s+");
    /** An optional 2-digit year, a station (one to three words), a serial. */
    private static final Pattern CITATION = Pattern.compile(
            "(?<![A-Za-z0-9@.])(?:(\\d{2})\\s{1,3})?([A-Z]{2,20}(?: [A-Z]{2,20}){0,2})\\s{1,3}0*(\\d{1,7})(?![0-9A-Za-z@/-])");
    /** Words that look like a station before a number but are not one. */
    private static final Set<String> NOT_STATIONS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "SEPT", "OCT", "NOV", "DEC", "PARA", "PARAS", "PAGE", "NOTAL", "DATED", "ITEM", "NUMBER", "TELCON",
            "MEMCON", "EMAIL", "ARTICLE", "SECTION", "RESOLUTION", "ROOM", "LAW", "DECREE", "CA", "TO", "AND", "OF",
            "THE", "IIR", "CIRCULAR", "ALSO", "PLUS", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "FOR", "REPORT", "POC", "ON", "IN", "AT", "NO", "OR", "BY");

    private References() {
    }

    static List<Reference> parse(String value, int cableYear) {
        var found = new LinkedHashSet<Reference>();
        var text = value.replace('\n', ' ');
        var letters = LETTER.matcher(text);
        var starts = new ArrayList<int[]>();
        while (letters.find()) {
            starts.add(new int[]{letters.start(), letters.end(), letters.group(1).charAt(0)});
        }
        if (starts.isEmpty()) {
            for (var item : text.split(";")) {
                cite(item, null, cableYear, found);
            }
        } else {
            cite(text.substring(0, starts.get(0)[0]), null, cableYear, found);
            for (int i = 0; i < starts.size(); i++) {
                var end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                cite(text.substring(starts.get(i)[1], end), String.valueOf((char) starts.get(i)[2]), cableYear, found);
            }
        }
        return List.copyOf(found);
    }

    private static void cite(String item, String letter, int cableYear, java.util.Collection<Reference> into) {
        if (item.indexOf('@') >= 0) {
            return;
        }
        var m = CITATION.matcher(item);
        while (m.find()) {
            var station = m.group(2);
            var words = station.split(" ");
            // "DATED NOV 2" or "MEMCON 12": the number belongs to something else than a station.
            if (NOT_STATIONS.contains(words[words.length - 1]) || NOT_STATIONS.contains(words[0])) {
                continue;
            }
            station = station.replaceFirst("^(?:AMEMBASSY|EMBASSY|USMISSION|AMCONSUL|CONSULATE) ", "");
            if (station.equals("SECSTATE")) {
                station = "STATE";
            }
            var serial = Long.parseLong(m.group(3));
            if (serial == 0) {
                continue;
            }
            var year = m.group(1) != null ? Integer.parseInt(m.group(1)) : cableYear % 100;
            var label = station + " " + serial;
            var refId = String.format("%02d%s%d", year, station.replace(" ", ""), serial);
            into.add(new Reference(letter, label, refId));
            return;
        }
    }
}
