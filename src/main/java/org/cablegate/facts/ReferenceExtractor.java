package org.cablegate.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of other cables, one fact per cited cable: "REF A", "ref (C)", "refs A and B" and "Refs E & G" (a fact per
 * letter: the first holds "refs", the others their letter), "reftel" (resolved when the caption cites exactly one
 * cable; "reftels" and a bare "refs" are not resolved), "septel" (a cable not yet sent: no target), and explicit IDs
 * with or without their year ("STATE 154928", "06 STATE 154928", "08ASTANA2380", "ABU DHABI 1234", "Berlin 157"),
 * resolved through the caption's REF line where the text alone does not say; no target when nothing resolves it.
 * Documents that are not cables (emails, memos, UN resolutions) are not references.
 */
final class ReferenceExtractor {

    /** "ref A", "REFS A AND B", "Refs E & G", "ref (C)", "reftel B", "reference A". */
    private static final Pattern LETTER_FIRST = Pattern.compile(
            "(?=[rR])\\b(?i:ref(?:tel)?s?\\.?|reference)(?<sep> \\(?|\\()(?<letter>[A-Za-z])");
    /** One more letter of a list: ", B", " and B", " & B", "-C" (a range: its last letter), " and (C)". */
    private static final Pattern MORE = Pattern.compile("(?:\\s?,\\s?(?:and\\s)?|\\s(?i:and|&)\\s|\\s?[-–/]\\s?)\\(?([A-Za-z])\\)?");
    private static final Pattern REFTEL = Pattern.compile("(?=[rRsS])\\b(?i:(?<single>reftel|ref)|(?<plural>reftels|refs)|(?<septel>septels?))\\b");
    /** An ID glued ("08ASTANA2380"), or words and a number, with the year printed before them or not. */
    private static final Pattern GLUED = Pattern.compile("(?=\\d)\\b(\\d{2}[A-Z]{3,20}\\d{1,7})\\b");
    private static final Pattern SPACED = Pattern.compile(
            "(?=[0-9A-Z])\\b(?:(?<year>\\d{2}) )?(?<words>(?:[A-Z][A-Za-z'-]+ ){0,2}[A-Z][A-Za-z'-]+) (?<number>\\d{1,7})\\b(?![.,]\\d|%)");

    private static boolean containsRef(String text) {
        for (int i = text.length() - 3; i >= 0; i--) {
            var c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i + 1, "ef", 0, 2)
                    || (c == 's' || c == 'S') && text.regionMatches(true, i + 1, "eptel", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a capital, letters, a space and a digit, or two digits glued to three capitals. */
    private static boolean mayCiteExplicitly(String text) {
        for (int i = 2; i < text.length() - 1; i++) {
            var c = text.charAt(i);
            if (c == ' ' && Character.isLetter(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
            if (Character.isUpperCase(c) && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    List<Fact> extract(FactBuilder facts) {
        var p = facts.paragraph();
        var text = p.text();
        var found = new ArrayList<Fact>();
        if (containsRef(text)) {
            lettered(facts, text, found);
            reftels(facts, text, found);
        }
        if (mayCiteExplicitly(text)) {
            explicit(facts, text, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void lettered(FactBuilder facts, String text, List<Fact> found) {
        var p = facts.paragraph();
        var m = LETTER_FIRST.matcher(text);
        while (m.find()) {
            var letter = m.group("letter");
            boolean open = m.group("sep").contains("(");
            boolean closed = open && m.end() < text.length() && text.charAt(m.end()) == ')';
            if (open != closed || !letterEnds(text, m.end("letter"), closed)) {
                continue;
            }
            int end = closed ? m.end() + 1 : m.end();
            if (Character.isLowerCase(letter.charAt(0)) && !lowerCaseLetterEnds(text, end)) {
                continue; // "in reference a new ..." is no citation
            }
            add(facts, found, m.start(), end, p.referencesByLetter().get(letter.toUpperCase(Locale.ROOT)));
            int at = end;
            var more = MORE.matcher(text);
            while (more.region(at, text.length()).lookingAt()) {
                var next = more.group(1);
                if (Character.isLowerCase(next.charAt(0)) != Character.isLowerCase(letter.charAt(0))
                        || !letterEnds(text, more.end(1), text.charAt(more.end() - 1) == ')')) {
                    break;
                }
                add(facts, found, more.start(1), more.end(1), p.referencesByLetter().get(next.toUpperCase(Locale.ROOT)));
                at = more.end();
            }
        }
    }

    /** A letter stands alone: not the start of a word, a possessive or an initial ("ref A.B."). */
    private static boolean letterEnds(String text, int end, boolean closed) {
        if (end >= text.length() || closed) {
            return true;
        }
        var c = text.charAt(end);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '.' || c == '\'') && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
    }

    /** A lower-case letter is cited only when punctuation or "and" follows it: "(ref a)", "ref b, para 3". */
    private static boolean lowerCaseLetterEnds(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        var c = text.charAt(end);
        return c == ')' || c == ',' || c == '.' || c == ';' || c == ':' || text.startsWith(" and ", end)
                || text.startsWith(" para", end);
    }

    private static void reftels(FactBuilder facts, String text, List<Fact> found) {
        var p = facts.paragraph();
        var m = REFTEL.matcher(text);
        while (m.find()) {
            if (found.stream().anyMatch(f -> f.start() <= m.start() && m.start() < f.end())) {
                continue; // "ref A" was read above
            }
            if (m.group("septel") != null) {
                add(facts, found, m.start(), m.end(), null);
                continue;
            }
            // "ref" or "refs" alone only where punctuation closes it: "(ref)", "see refs."
            var word = m.group().toLowerCase(Locale.ROOT);
            if ((word.equals("ref") || word.equals("refs")) && !(m.end() >= text.length()
                    || ").,;:".indexOf(text.charAt(m.end())) >= 0)) {
                continue;
            }
            if (m.group("plural") == null && m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                    && Character.isUpperCase(text.charAt(m.end() + 1))
                    && (m.end() + 2 >= text.length() || !Character.isLetter(text.charAt(m.end() + 2)))) {
                continue; // "reftel B": a letter the lettered pattern refused
            }
            String target = m.group("single") != null && p.referenceIds().size() == 1 ? p.referenceIds().get(0) : null;
            add(facts, found, m.start(), m.end(), target);
        }
    }

    private static void explicit(FactBuilder facts, String text, List<Fact> found) {
        var p = facts.paragraph();
        var glued = GLUED.matcher(text);
        while (glued.find()) {
            if (!glued.group(1).equals(p.refId())) {
                add(facts, found, glued.start(), glued.end(), glued.group(1));
            }
        }
        var stations = stations(p);
        var spaced = SPACED.matcher(text);
        int from = 0;
        while (from < text.length() && spaced.find(from)) {
            from = spaced.end();
            var cited = cited(spaced, stations, p);
            if (cited == null) {
                from = nextWord(text, spaced.start());
                continue;
            }
            if (!p.refId().equals(cited[1])) {
                add(facts, found, cited[0] == null ? spaced.start() : spaced.start() + Integer.parseInt(cited[0]),
                        spaced.end(), cited[1]);
            }
        }
    }

    private static int nextWord(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        return i + 1;
    }

    /**
     * The cable a match names, as {offset of the station words within the match, or null; reference ID or null}; null
     * when the words name no post the cable knows of (its own, the caption's, or STATE).
     */
    private static String[] cited(Matcher m, Set<String> stations, ParagraphContext p) {
        var words = m.group("words").split(" ");
        var number = Long.parseLong(m.group("number"));
        for (int first = 0; first < words.length; first++) {
            var station = new StringBuilder();
            for (int w = first; w < words.length; w++) {
                station.append(words[w].replace("'", "").replace("-", "").toUpperCase(Locale.ROOT));
            }
            var key = station.toString();
            if (key.equals("SECSTATE")) {
                key = "STATE";
            }
            if (!stations.contains(key)) {
                continue;
            }
            boolean capitals = String.join("", words).toUpperCase(Locale.ROOT).equals(String.join("", words));
            String offset = null;
            if (first > 0) {
                int o = m.start("words") - m.start();
                for (int w = 0; w < first; w++) {
                    o += words[w].length() + 1;
                }
                offset = Integer.toString(o);
            }
            String target = null;
            if (m.group("year") != null && first == 0) {
                target = m.group("year") + key + number;
            } else {
                for (var id : p.referenceIds()) {
                    if (id.length() > 2 && id.startsWith(key, 2) && id.substring(2 + key.length()).equals(Long.toString(number))) {
                        target = id;
                    }
                }
                if (m.group("year") != null) {
                    offset = offset == null ? Integer.toString(m.start("words") - m.start()) : offset;
                }
            }
            if (target == null && !capitals && !key.equals(ownStation(p))) {
                return null; // "Resolution 1874" and other capitalised words before a number
            }
            return new String[]{offset, target};
        }
        return null;
    }

    private static Set<String> stations(ParagraphContext p) {
        var stations = new HashSet<String>();
        stations.add("STATE");
        stations.add("SECSTATE");
        var own = ownStation(p);
        if (own != null) {
            stations.add(own);
        }
        for (var id : p.referenceIds()) {
            var s = station(id);
            if (s != null) {
                stations.add(s);
            }
        }
        return stations;
    }

    private static String ownStation(ParagraphContext p) {
        return p.refId() == null ? null : station(p.refId());
    }

    /** "09UNVIEVIENNA540" → "UNVIEVIENNA". */
    private static String station(String refId) {
        int end = refId.length();
        while (end > 0 && Character.isDigit(refId.charAt(end - 1))) {
            end--;
        }
        return end > 2 ? refId.substring(2, end) : null;
    }

    private static void add(FactBuilder facts, List<Fact> found, int start, int end, String target) {
        for (var f : found) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        found.add(facts.fact(FactType.REFERENCE, start, end, null, null, null, null, null, null, null, null, null, target));
    }
}
