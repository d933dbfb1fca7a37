package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The transmission header: transmission id, precedence and DTG, sender, TO and INFO recipients. Works on the header
 * printed on its own lines and on the header run together on one line (mirror pages).
 */
final class HeaderParser {

    private static final Pattern TRANSMISSION_ID = Pattern.compile("\\b(VZCZC[A-Z0-9]{2,12})\\b");
    private static final Pattern FM = Pattern.compile("(?m)(?:^|\\s)FM\\s+");
    private static final Pattern TO = Pattern.compile("(?m)(?:^|\\s)TO\\s+");
    private static final Pattern INFO = Pattern.compile("(?m)(?:^|\\s)INFO\\s+");
    /** A routing indicator before a recipient: {@code RUEHC/}, {@code RHMFISS/}. */
    private static final Pattern ROUTING = Pattern.compile("\\b[A-Z]{4,8}/(?=\\S)");
    private static final Pattern PRECEDENCE_WORD = Pattern.compile(
            "\\s+(FLASH|NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE)(?:\\s+\\d{1,5})?\\s*$");
    private static final Pattern XMT = Pattern.compile("\\s*XMT\\b");
    private static final Pattern BARE_DTG = Pattern.compile(
            "(?m)^\\s*(\\d{6}Z) {1,3}((?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)) {1,3}(\\d{2})\\s*$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+\\d{1,5}\\s*$");

    private HeaderParser() {
    }

    /**
     * @param header the header text (lines or one line); may also hold caption lines after it, which are ignored
     */
    static CableHeader parse(String header) {
        var transmission = TRANSMISSION_ID.matcher(header);
        var dtg = Dates.DTG.matcher(header);
        String precedence = null;
        String dtgText = null;
        java.time.Instant dtgTime = null;
        int afterDtg = 0;
        if (dtg.find()) {
            precedence = dtg.group(1);
            dtgText = dtg.group(2) + " " + dtg.group(3) + " " + dtg.group(4);
            dtgTime = Dates.dtg(dtg.group(2), dtg.group(3), dtg.group(4));
            afterDtg = dtg.end();
        } else {
            // Partial extracts keep only the DTG, on a line of its own and without precedence: "201247Z Jan 04".
            var bare = BARE_DTG.matcher(header);
            if (bare.find()) {
                var month = bare.group(2).toUpperCase(Locale.ROOT);
                dtgText = bare.group(1) + " " + month + " " + bare.group(3);
                dtgTime = Dates.dtg(bare.group(1), month, bare.group(3));
            }
        }
        var rest = header.substring(afterDtg);
        String from = null;
        var to = List.<CableHeader.Recipient>of();
        var info = List.<CableHeader.Recipient>of();
        var fm = FM.matcher(rest);
        var afterFm = rest;
        if (fm.find()) {
            afterFm = rest.substring(fm.end());
            var toAt = TO.matcher(afterFm);
            from = clean(toAt.find() ? afterFm.substring(0, toAt.start()) : firstLine(afterFm));
        }
        // TO and INFO lists, each without the other, and either without FM in a header cut short
        var toMatch = TO.matcher(afterFm);
        var afterTo = afterFm;
        if (toMatch.find()) {
            afterTo = afterFm.substring(toMatch.end());
            var infoMatch = INFO.matcher(afterTo);
            to = recipients(infoMatch.find() ? afterTo.substring(0, infoMatch.start()) : afterTo);
        }
        var infoMatch = INFO.matcher(afterTo);
        if (infoMatch.find()) {
            info = recipients(afterTo.substring(infoMatch.end()));
        }
        return new CableHeader(transmission.find() ? transmission.group(1) : null, precedence, dtgText, dtgTime,
                from, to, info, false, List.of(), null, null);
    }

    /** Recipients one to a line, or, on a one-line header, one per routing indicator. */
    static List<CableHeader.Recipient> recipients(String block) {
        var parts = new ArrayList<String>();
        if (block.indexOf('\n') >= 0) {
            for (var line : block.split("\n")) {
                if (XMT.matcher(line).lookingAt()) {
                    break; // "XMT AMEMBASSY SOFIA": the posts after XMT are left out of a collective
                }
                if (!line.isBlank() && !Lines.isPageBreak(line)) {
                    parts.add(line);
                }
            }
        } else if (!XMT.matcher(block).lookingAt()) {
            var m = ROUTING.matcher(block);
            int start = -1;
            while (m.find()) {
                if (start >= 0) {
                    parts.add(block.substring(start, m.start()));
                }
                start = m.start();
            }
            parts.add(start < 0 ? block : block.substring(start));
        }
        var recipients = new ArrayList<CableHeader.Recipient>();
        for (var part : parts) {
            var name = part.trim();
            var slash = name.indexOf('/');
            if (slash > 0 && ROUTING.matcher(name).lookingAt()) {
                name = name.substring(slash + 1);
            }
            String precedence = null;
            var p = PRECEDENCE_WORD.matcher(name);
            if (p.find()) {
                precedence = p.group(1);
                name = name.substring(0, p.start());
            } else {
                name = TRAILING_NUMBER.matcher(name).replaceFirst("");
            }
            name = clean(name);
            if (name.indexOf('/') >= 0) {
                name = TRAILING_SLASHES.matcher(name).replaceAll("");
            }
            if (!name.isEmpty() && !name.equals("BT")) {
                recipients.add(new CableHeader.Recipient(name, precedence));
            }
        }
        return List.copyOf(recipients);
    }

    /** {@code AMEMBASSY ASTANA} → {@code Embassy Astana}: the publisher's way of naming an origin. */
    static String originOf(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        var words = from.trim().split("\\s+");
        String kind;
        int skip = 1;
        switch (words[0]) {
            case "AMEMBASSY" -> kind = "Embassy";
            case "AMCONSUL" -> kind = "Consulate";
            case "USMISSION" -> kind = "Mission";
            case "USINT" -> kind = "US Interests Section";
            case "SECSTATE" -> {
                return "Secretary of State";
            }
            default -> {
                kind = null;
                skip = 0;
            }
        }
        var place = new StringBuilder();
        for (int i = skip; i < words.length; i++) {
            var w = words[i].toLowerCase(Locale.ROOT);
            place.append(place.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return kind == null ? place.toString() : kind + " " + place;
    }

    private static String firstLine(String s) {
        var nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    /** {@code s.replaceAll("\\s+", " ").trim()} without the expression. */
    private static String clean(String s) {
        var out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            var c = s.charAt(i);
            if (Lines.isRegexSpace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().trim();
    }
}
