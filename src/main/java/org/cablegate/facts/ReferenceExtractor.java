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

    List<Fact> extract(FactBuilder facts) {
        var p = facts.paragraph();
        var text = p.text();
        var found = new ArrayList<Fact>();
        Set<String> stations = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            var c = text.charAt(i);
            if (c >= '0' && c <= '9' && i > 1 && text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i - 2))) {
                if (stations == null) {
                    stations = stations(p);
                }
                spaced(facts, text, i, stations, found);
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i + 1, "ef", 0, 2)) {
                if (!lettered(facts, text, i, found)) {
                    reftel(facts, text, i, found);
                }
            } else if ((c == 's' || c == 'S') && text.regionMatches(true, i + 1, "eptel", 0, 5)) {
                reftel(facts, text, i, found);
            } else if (c >= '0' && c <= '9' && i + 5 < n && Character.isDigit(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(i + 2))) {
                glued(facts, text, i, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "ref A" and the letters listed after it, read at {@code i}; false when no letter follows the word. */
    private static boolean lettered(FactBuilder facts, String text, int i, List<Fact> found) {
        var p = facts.paragraph();
        var m = LETTER_FIRST.matcher(text).region(i, Math.min(text.length(), i + 16)).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return false;
        }
        var letter = m.group("letter");
        boolean open = m.group("sep").contains("(");
        boolean closed = open && m.end() < text.length() && text.charAt(m.end()) == ')';
        if (open != closed || !letterEnds(text, m.end("letter"), closed)) {
            return false;
        }
        int end = closed ? m.end() + 1 : m.end();
        if (Character.isLowerCase(letter.charAt(0)) && !lowerCaseLetterEnds(text, end)) {
            return false; // "in reference a new ..." is no citation
        }
        add(facts, found, m.start(), end, byLetter(p, letter));
        int at = end;
        var more = MORE.matcher(text).useTransparentBounds(true);
        while (more.region(at, Math.min(text.length(), at + 12)).lookingAt()) {
            var next = more.group(1);
            if (Character.isLowerCase(next.charAt(0)) != Character.isLowerCase(letter.charAt(0))
                    || !letterEnds(text, more.end(1), text.charAt(more.end() - 1) == ')')) {
                break;
            }
            add(facts, found, more.start(1), more.end(1), byLetter(p, next));
            at = more.end();
        }
        return true;
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

    /** "reftel", "reftels", "refs", "ref", "septel" read at {@code i}. */
    private static void reftel(FactBuilder facts, String text, int i, List<Fact> found) {
        var p = facts.paragraph();
        var m = REFTEL.matcher(text).region(i, Math.min(text.length(), i + 8)).useTransparentBounds(true);
        if (!m.lookingAt() || found.stream().anyMatch(f -> f.start() <= i && i < f.end())) {
            return;
        }
        if (m.group("septel") != null) {
            add(facts, found, m.start(), m.end(), null);
            return;
        }
        // "ref" or "refs" alone only where punctuation closes it: "(ref)", "see refs."
        var word = m.group().toLowerCase(Locale.ROOT);
        if ((word.equals("ref") || word.equals("refs")) && !(m.end() >= text.length()
                || ").,;".indexOf(text.charAt(m.end())) >= 0)) {
            return;
        }
        if (m.group("plural") == null && m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                && Character.isUpperCase(text.charAt(m.end() + 1))
                && (m.end() + 2 >= text.length() || !Character.isLetter(text.charAt(m.end() + 2)))) {
            return; // "reftel B": a letter the lettered pattern refused
        }
        String target = m.group("single") != null && p.referenceIds().size() == 1 ? p.referenceIds().get(0) : null;
        add(facts, found, m.start(), m.end(), target);
    }

    private static void glued(FactBuilder facts, String text, int i, List<Fact> found) {
        var m = GLUED.matcher(text).region(i, Math.min(text.length(), i + 32)).useTransparentBounds(true);
        if (m.lookingAt() && !m.group(1).equals(facts.paragraph().refId())) {
            add(facts, found, m.start(), m.end(), m.group(1));
        }
    }

    /**
     * A number after a word that ends a post's name ("BERLIN 988", "ABU DHABI 1234"): the words and the number (and a
     * year printed before them) are read only then.
     */
    private static void spaced(FactBuilder facts, String text, int digit, Set<String> stations, List<Fact> found) {
        int wordEnd = digit - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!Character.isUpperCase(text.charAt(wordStart)) || !endsStation(text, wordStart, wordEnd, stations)) {
            return;
        }
        int from = Math.max(0, wordStart - 40);
        var m = SPACED.matcher(text).region(from, Math.min(text.length(), digit + 8)).useTransparentBounds(true);
        while (m.find()) {
            if (m.start("number") != digit) {
                continue;
            }
            var cited = cited(m, stations, facts.paragraph());
            if (cited != null && !facts.paragraph().refId().equals(cited[1])) {
                add(facts, found, cited[0] == null ? m.start() : m.start() + Integer.parseInt(cited[0]), m.end(), cited[1]);
            }
            return;
        }
    }

    /** Whether the word at {@code start..end}, in capitals, ends the name of one of the posts. */
    private static boolean endsStation(String text, int start, int end, Set<String> stations) {
        int length = end - start;
        for (var station : stations) {
            if (station.length() >= length && station.regionMatches(true, station.length() - length, text, start, length)) {
                return true;
            }
        }
        return false;
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
            var printed = String.join("", java.util.Arrays.asList(words).subList(first, words.length));
            boolean capitals = printed.toUpperCase(Locale.ROOT).equals(printed);
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

    /**
     * The cable a letter cites: the caption's letter, or, when the REF line prints its cables without letters ("Ref:
     * Berlin 1337, Berlin 1340, Berlin 1167"; "REF: TRIPOLI 570"), the cable at the letter's place in it.
     */
    private static String byLetter(ParagraphContext p, String letter) {
        var upper = letter.toUpperCase(Locale.ROOT);
        if (!p.referencesByLetter().isEmpty()) {
            return p.referencesByLetter().get(upper);
        }
        int index = upper.charAt(0) - 'A';
        return index >= 0 && index < p.referenceIds().size() ? p.referenceIds().get(index) : null;
    }
}
