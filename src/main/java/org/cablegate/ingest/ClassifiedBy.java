package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of the official who classified a cable, out of the "Classified By" value: "Ambassador Glyn T. Davies for
 * reasons 1.4 b and d" → "Glyn T. Davies"; "Rose E. Gottemoeller, Assistant Secretary, VCI; REASON: 1.4(B)" →
 * "Rose E. Gottemoeller". The reasons are cut off; of the comma-separated parts, the first holding a name gives it,
 * with the titles and offices before the name dropped ({@code Charge d'Affaires, a.i., Arnold A. Chacon}). The name
 * is kept as printed.
 */
public final class ClassifiedBy {

    /** Where the name and titles end: the reasons, the E.O. line, a summary, a blank line. */
    private static final Pattern END = Pattern.compile(
            "(?i)(?:\\bf\\s*[o0]?\\s*r\\s+|\\bper\\s+|\\bbased\\s+(?:[o0]n|upon)\\s+|\\bdue\\s+to\\s+|\\bunder\\s+)?"
                    + "(?:\\br(?:e|a|ea|ae)s?[o0]ns?\\b|\\breas\\b|\\brea\\s*\\n|(?<=\\bf[o0]?r\\s)re|\\bE\\.?\\s?O\\.?\\s?1[23]\\d{3}|\\b12958\\b"
                    + "|\\b1\\s?[.,]\\s?[2-6]\\b|\\b1\\.\\s*\\(|\\bCONFIDENTIAL\\b|\\bSECRET\\b|\\bSummary\\b|\\n\\s*\\n|\\bsee\\s+para"
                    + "|\\bunder\\s+se\\s*ction\\b|\\br\\s*e\\s*a\\s*s\\s*o\\s*n|\\bbased\\s+(?:[o0]n|upon)\\b|\\bdue\\s+to\\b)");
    /**
     * Where an {@link #END} match can start: the first letters of its words in either case (for, per, based, due,
     * under, reason, E.O., CONFIDENTIAL, SECRET, Summary, see), a "1" or a line break.
     */
    private static final Lines.MatchStart END_START = (s, p) -> {
        var c = s.charAt(p);
        return c == '1' || c == '\n' || c < 128 && "fpbdureFPBDURECSecs".indexOf(c) >= 0;
    };
    /** "Classified by" printed again inside the value, or "This message classified by". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^.{0,40}?\\bclassified\\s+(?:(?:confidential|secret)\\s+)?by\\s*:?\\s*|^\\s*(?:confidential|secret)\\s+by\\s+");
    private static final Pattern MARKING = Pattern.compile("\\([^)]{0,12}\\)");
    /** An office's acronym: capitals, not an initial ("W.S."), not a numeral after a name ("III"). */
    private static final Pattern ACRONYM = Pattern.compile("(?!(?:I{2,3}|IV|JR)\\b)[A-Z]{2,}[,:;]?");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:JR\\.?|SR\\.?|I{2,3}\\.?|IV\\.?)");
    private static final Set<String> CONNECTORS = Set.of("for", "to", "of", "and", "in", "at", "on", "&");
    /** Titles, offices and other words of a classifier's function, lower case, without trailing punctuation. */
    private static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList(
            "ambassador", "amb", "ambassaor", "ambassdor", "ambasador", "charge", "chargé", "charg", "d'affaires",
            "d'afairs", "daffaires", "d'affairs", "affaires", "a.i", "ai", "acting", "deputy", "chief", "mission", "dcm",
            "cda", "political", "politcal", "pol", "polcouns", "polcounselor", "poloff", "pol/econoff", "pol/econ",
            "pol/mil", "econoff", "econ", "ecmin", "economic", "economics", "econcouns", "counselor", "counsellor",
            "couns", "counsul", "minister", "minister-counselor", "minister-counsellor", "mcounselor", "m-c", "mc",
            "m/c", "section", "consul", "consulate", "general", "principal", "officer", "assistant", "secretary",
            "director", "dir", "ait", "useu", "usun", "usnato", "usoecd", "nea", "io", "a/s", "interagency",
            "provincial", "affairs", "affair", "coordinator", "special", "representative", "envoy", "head", "public",
            "diplomacy", "management", "regional", "security", "rso", "ipao", "pao", "attache", "defense", "military",
            "advisor", "adviser", "senior", "embassy", "u.s", "us", "the", "this", "message", "by", "classified",
            "department", "state", "bureau", "office", "leader", "team", "prt", "col", "colonel", "ltc", "major", "dr",
            "mr", "ms", "mrs", "pdas", "das", "inr", "isn", "vci", "af/c", "sa/pab", "consul-general", "labor",
            "environment", "science", "technology", "health", "commercial", "agricultural", "polmil", "pol-mil",
            "polec", "pol-econ", "chargé d'affaires", "ecpo", "econ/pol", "ecopol", "polecon", "post", "manager",
            "deputy chief", "at-large", "large", "a.i.,", "mgmt", "admin", "administrative", "staff", "chair",
            "chairman", "executive", "vice", "president", "undersecretary", "under", "temporary", "tdy", "dep", "depty",
            "cons", "conoff", "refcoord", "ref", "min", "mincouns", "polcons", "poli", "deputy-chief", "chief-of-mission",
            "pdas/das", "ambassador-at-large", "mission-director", "ambassadors", "officers", "com", "usdel", "member",
            "ipo", "arso", "delegate", "arms", "control", "congen", "dpo", "emin", "off", "polmincons", "cief", "coun",
            "asia", "africa", "europe", "america", "central", "south", "east", "west", "north", "eastern", "western",
            "near", "line", "added", "legatt", "a/legatt", "acting", "chief-of-mission", "deputy", "head-of-mission"));
    /** Long titles that the cables misspell ("Ambassaor", "Counselour", "Direcotr"): two letters off count. */
    private static final String[] LONG_TITLES = {"ambassador", "counselor", "counsellor", "director", "coordinator",
            "minister", "secretary", "political", "economic", "affairs", "representative", "officer", "consul"};

    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern SLASH_NAME = Pattern.compile("/(?=[A-Z][a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[,;:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile("[-/.]+|[a-z]\\.[a-z]\\.,?");
    private static final Pattern INITIAL = Pattern.compile("[A-Z0]\\.?");
    private static final Pattern DASH_OR_SLASH = Pattern.compile("[-/]");

    private ClassifiedBy() {
    }

    private static String stripStart(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }

    /**
     * The names in a "Classified By" value (what follows "Classified By:", lines kept), or none. A value may hold
     * several "Classified by" passages, one after a blank line: the first that names someone gives the name.
     */
    public static List<String> names(String value) {
        if (value == null) {
            return List.of();
        }
        for (var block : BLANK_LINE.split(joinBrokenWords(value.replace("\\'", "'")))) {
            var name = nameIn(block);
            if (name != null) {
                return List.of(name);
            }
        }
        return List.of();
    }

    private static String nameIn(String block) {
        var text = block;
        var label = LABEL.matcher(text);
        if (label.find()) {
            text = text.substring(label.end());
        }
        var end = Lines.regionMatcher(END, text);
        if (Lines.find(end, text, 0, END_START)) {
            text = text.substring(0, end.start());
        }
        text = MARKING.matcher(text).replaceAll(" ").replace('\n', ' ');
        text = SLASH_NAME.matcher(text).replaceAll(" ");
        // In mixed-case text, words in capitals are acronyms of offices: "COM Jonathan Farrar", "ARSO Rich Verrier".
        var acronymsAreTitles = !text.equals(text.toUpperCase(Locale.ROOT));
        var parts = SEPARATORS.split(text);
        for (int p = 0; p < parts.length; p++) {
            var name = nameAtEnd(parts[p], acronymsAreTitles);
            if (name.isEmpty()) {
                continue;
            }
            // "THOMAS W. SIMONS, JR., AMBASSADOR": the suffix after the comma belongs to the name
            if (p + 1 < parts.length && SUFFIX.matcher(parts[p + 1].trim()).matches()) {
                var suffix = parts[p + 1].trim();
                name = name + ", " + (suffix.toUpperCase(Locale.ROOT).startsWith("I") ? Tags.stripEnd(suffix, ".") : suffix);
            } else {
                name = Tags.stripEnd(name, ".-");
            }
            return name;
        }
        return null;
    }

    /** The words at the end of a part that are a name: capitalised words and initials, after the titles. */
    private static String nameAtEnd(String part, boolean acronymsAreTitles) {
        var words = SPACES.split(part.trim());
        var name = new ArrayList<String>();
        for (int i = words.length - 1; i >= 0; i--) {
            var w = words[i];
            var nameWord = isNameWord(w) && !(acronymsAreTitles && ACRONYM.matcher(w).matches());
            if (!nameWord || i > 0 && CONNECTORS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                if (!name.isEmpty()) {
                    break;
                }
                if (nameWord) {
                    continue; // "Counselor for Economic Affairs": a word after "for" is part of the title
                }
                if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || ABBREVIATION.matcher(w).matches()) {
                    continue; // "Roberto Powers a.y.": a lower-case abbreviation after the name
                }
                break;
            }
            name.add(0, w);
            if (name.size() == 5) {
                break;
            }
        }
        // a name is more than a lone initial
        if (name.size() == 1 && INITIAL.matcher(name.get(0)).matches()) {
            return "";
        }
        return String.join(" ", name);
    }

    private static boolean isNameWord(String w) {
        var bare = Tags.stripEnd(stripStart(w, "(\"'\\"), ")\"',:\\-");
        if (bare.isEmpty() || !(Character.isUpperCase(bare.charAt(0)) || bare.startsWith("0."))) {
            return false;
        }
        return !isTitle(bare) && bare.indexOf('/') < 0;
    }

    private static boolean isTitle(String word) {
        var lower = Tags.stripEnd(word.toLowerCase(Locale.ROOT).replace('0', 'o'), ".");
        if (TITLES.contains(lower) || !lower.isEmpty() && Character.isDigit(lower.charAt(0))) {
            return true;
        }
        // "Minister-Counselour", "Pol/Econ": every piece a title
        if (lower.contains("-") || lower.contains("/")) {
            for (var piece : DASH_OR_SLASH.split(lower)) {
                if (!piece.isEmpty() && !isTitle(piece)) {
                    return false;
                }
            }
            return true;
        }
        if (lower.length() >= 6) {
            for (var title : LONG_TITLES) {
                var allowed = title.length() >= 10 ? 3 : 2;
                if (Math.abs(title.length() - lower.length()) <= allowed && withinDistance(title, lower, allowed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the Levenshtein distance of a and b is at most {@code allowed}, for the misspelt titles. A row of the
     * table whose every cell is over it ends the test: no later row has a smaller cell.
     */
    private static boolean withinDistance(String a, String b, int allowed) {
        var prev = new int[b.length() + 1];
        var cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > allowed) {
                return false;
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= allowed;
    }

    /**
     * Words the cable system broke at its line width: "Hoyt Y" / "ee for reasons" → "Hoyt Yee for reasons";
     * "ECONOMIC AFFAIR" / "S ROBERT LUKE" → "ECONOMIC AFFAIRS ROBERT LUKE".
     */
    private static String joinBrokenWords(String value) {
        var lines = value.split("\\n");
        var out = new StringBuilder(lines[0].stripTrailing());
        for (int i = 1; i < lines.length; i++) {
            var next = lines[i].strip();
            if (next.isEmpty()) {
                out.append("\n");
                continue;
            }
            var last = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
            var fragment = FRAGMENT.matcher(next);
            var broken = Character.isLetter(last) && (fragment.lookingAt() && (!COMMON.contains(fragment.group(1))
                    || next.length() > fragment.end() && ",.;:".indexOf(next.charAt(fragment.end())) >= 0)
                    || Character.isLowerCase(next.charAt(0)) && lastWordLength(out) <= 2
                    || next.length() > 1 && Character.isUpperCase(next.charAt(0)) && next.charAt(1) == ' '
                    && Character.isUpperCase(last) && lastWordAllCaps(out));
            out.append(broken ? "" : " ").append(next);
        }
        // "Hoyt Y ee": a word broken inside a line, a capital and its lower-case rest
        var glued = SPLIT_WORD.matcher(out);
        var sb = new StringBuilder();
        while (glued.find()) {
            glued.appendReplacement(sb, COMMON.contains(glued.group(2)) ? "$0" : "$1$2");
        }
        glued.appendTail(sb);
        return sb.toString();
    }

    /** The start of a line that ends a word broken at the line before: "ee for", "rd Hoagland", "a, E.O.". */
    private static final Pattern FRAGMENT = Pattern.compile("([a-z]{1,3})(?=[\\s,.;:]|$)");
    private static final Pattern SPLIT_WORD = Pattern.compile("\\b([A-Z]) ([a-z]{1,3})\\b");
    private static final Set<String> COMMON = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
            "the", "to", "per", "see", "is", "its", "be");

    private static int lastWordLength(CharSequence s) {
        int i = s.length() - 1;
        int n = 0;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            i--;
            n++;
        }
        return n;
    }

    private static boolean lastWordAllCaps(CharSequence s) {
        int i = s.length() - 1;
        int n = 0;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
            i--;
            n++;
        }
        return n >= 3;
    }

    /**
     * "THOMAS W. SIMONS, JR." → "Thomas W. Simons, Jr.": words in capitals title-cased, others kept ("LeBaron"); a 0
     * misprinted for an O becomes an O.
     */
    public static String titleCase(String name) {
        var out = new StringBuilder(name.length());
        for (var word : name.replace('0', 'O').split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.equals(word.toUpperCase(Locale.ROOT)) && !word.matches("(?:I{2,3}|IV)[.,]?")) {
                boolean start = true;
                for (var c : word.toCharArray()) {
                    out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                    start = !Character.isLetter(c) && c != '\'';
                }
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
