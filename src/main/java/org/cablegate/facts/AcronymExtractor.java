package org.cablegate.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronym definitions, in each form: "Central Asia Regional Information Coordination Center (CARICC)", "UNDAF (UN
 * Development Assistance Framework)" and "the Financial Action Task Force, or FATF". The words spell the acronym by
 * their initials (joiners such as "of" may give a letter or none: "Chief of Mission (COM)", "Government of China (GOC)"),
 * by the letters of a word in capitals ("EU Member States (EUMS)"), or by the first letters of each word ("Legal
 * Attache (LEGATT)", "Situation Center (SitCen)"); lower-case expansions count ("persona non grata (PNG)"). Acronyms of
 * another language that no English initials spell ("Committee for National Security (KNB)") are the run of
 * capitalised words before the parenthesis, when it names an institution. A party affiliation ("Helmut Kohl (CDU)"), a
 * country or a number in parentheses is no definition.
 */
public final class AcronymExtractor {

    /** "(ABC)", "(MFA/IO)", and an acronym that carries its expansion's number: "(HSPD 7)", "(PC-1)". */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\(([A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?(?:[- ]\\d{1,3})?)\\)");
    private static final Pattern NUMBERED = Pattern.compile("(.+?)[- ](\\d{1,3})");
    /** "UNDAF (UN Development Assistance Framework)". */
    private static final Pattern ACRONYM_FIRST = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{1,9})s? \\(([A-Z][A-Za-z'&, -]{2,90})\\)");
    /** "the Financial Action Task Force, or FATF". */
    private static final Pattern OR_FORM = Pattern.compile(", or (?:the )?([A-Z][A-Z0-9]{1,9})s?\\b(?![-/])");
    private static final Map<String, Set<String>> WORDS = words("/facts/acronyms.tsv");
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:" + String.join("|", WORDS.get("institution"))
            + ")\\b");
    private static final Set<String> JOINERS = WORDS.get("joiner");
    /** Classification markings and countries: acronyms only where the words spell them letter by letter. */
    private static final Set<String> SPELLED_ONLY = spelledOnly();
    private static final int MOST_WORDS = 12;

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        Matcher definition = null;
        Matcher acronymFirst = null;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (open + 3 >= text.length() || !Character.isUpperCase(text.charAt(open + 1))) {
                continue;
            }
            if (definition == null) {
                definition = DEFINITION.matcher(text);
            }
            if (definition.region(open, Math.min(text.length(), open + 24)).lookingAt()) {
                expansionFirst(facts, text, definition, found);
            } else if (open >= 3 && text.charAt(open - 1) == ' ') {
                int s = open - 1;
                while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                    s--;
                }
                if (open - 1 - s >= 2 && Character.isUpperCase(text.charAt(s)) && Character.isUpperCase(text.charAt(s + 1))) {
                    if (acronymFirst == null) {
                        acronymFirst = ACRONYM_FIRST.matcher(text).useTransparentBounds(true);
                    }
                    if (acronymFirst.region(s, Math.min(text.length(), open + 100)).lookingAt()) {
                        acronymFirst(facts, text, acronymFirst, found);
                    }
                }
            }
        }
        if (text.contains(", or ")) {
            orForm(facts, text, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void expansionFirst(FactBuilder facts, String text, Matcher m, List<Fact> found) {
        var acronym = m.group(1);
        var upper = acronym.chars().filter(Character::isUpperCase).count();
        if (upper < 2) {
            return;
        }
        int end = m.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        var words = wordsBefore(text, end);
        var numbered = NUMBERED.matcher(acronym);
        if (numbered.matches()) {
            // "Pacific Crossing-1 (PC-1)", "Directive 7 (HSPD 7)": the expansion ends with the same number
            words = withoutNumber(words, numbered.group(2));
            if (words == null) {
                return;
            }
            acronym = numbered.group(1);
        }
        int[] span = spelled(words, acronym, end);
        var spelledOnly = SPELLED_ONLY.contains(letters(acronym)) || SPELLED_ONLY.contains(acronym);
        if (span == null && !spelledOnly) {
            span = aligned(words, acronym, end);
        }
        if (span == null && acronym.indexOf('/') > 0) {
            span = spelled(words, acronym.substring(0, acronym.indexOf('/')), end);
        }
        if (span == null && !spelledOnly && acronym.chars().allMatch(c -> Character.isUpperCase(c) || c == '/')) {
            int start = capitalisedRun(text, m.start());
            // "Chancellor Helmut Kohl (CDU)" is a party affiliation, not a definition: ask for an institution.
            if (start >= 0 && INSTITUTION.matcher(text.substring(start, m.start())).find()) {
                span = new int[]{start, end};
            }
        }
        if (span != null) {
            add(facts, found, span[0], m.end(), expansion(text.substring(span[0], span[1])));
        }
    }

    /**
     * The acronym's letters, in the orders its words may give them: "CI/KR" as CIKR; "MFA/IO" as MFAIO or IOMFA ("the
     * International Organization Department of the Ministry of Foreign Affairs"). Its first part alone is the last
     * resort.
     */
    private static List<String> readings(String acronym) {
        int slash = acronym.indexOf('/');
        if (slash < 0) {
            var letters = letters(acronym);
            // "PermReps": a plural "s" after a lower-case letter, when the letters with it spell nothing
            if (letters.equals(acronym.toUpperCase(Locale.ROOT)) && acronym.endsWith("s")
                    && acronym.chars().filter(Character::isUpperCase).count() >= 2) {
                return List.of(letters, letters.substring(0, letters.length() - 1));
            }
            return List.of(letters);
        }
        var first = letters(acronym.substring(0, slash));
        var second = letters(acronym.substring(slash + 1));
        return List.of(first + second, second + first);
    }

    /**
     * Where the expansion starts and ends when its words spell the acronym by their initials ({@link #spell}); a
     * lower-case head noun after a capitalised expansion is not part of it ("Security Advisory Opinion requests (SAOs)").
     */
    private static int[] spelled(List<Word> words, String acronym, int end) {
        for (var letters : readings(acronym)) {
            int start = spell(words, letters);
            if (start >= 0) {
                return new int[]{start, end};
            }
        }
        var head = headNoun(words);
        if (head != null) {
            for (var letters : readings(acronym)) {
                int start = spell(head, letters);
                if (start >= 0 && Character.isUpperCase(firstAt(head, start).charAt(0))) {
                    return new int[]{start, expansionEnd(head)};
                }
            }
        }
        return null;
    }

    /**
     * The acronym's letters found in order inside the words before it, as abbreviations are made ("External Relations
     * and Policy Coordination (EXPO)", "Safeguards Division of Information Management (SGIM)", "Fathi el-Jahmi (FAJ)";
     * A. Schwartz and M. Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text",
     * 2003): the first letter starts the first word, the last is in the last word, at least half of the letters start a
     * word (or a hyphenated part), and the expansion has at most min(letters + 5, 2 × letters) words. Three letters at
     * least: two are read by initials only.
     */
    private static int[] aligned(List<Word> words, String acronym, int end) {
        for (var letters : readings(acronym)) {
            if (letters.length() < 3) {
                continue;
            }
            int start = align(words, letters);
            if (start >= 0) {
                return new int[]{start, end};
            }
            var head = headNoun(words);
            if (head != null) {
                start = align(head, letters);
                if (start >= 0 && Character.isUpperCase(firstAt(head, start).charAt(0))) {
                    return new int[]{start, expansionEnd(head)};
                }
            }
        }
        return null;
    }

    private static int align(List<Word> words, String letters) {
        if (words.isEmpty()) {
            return -1;
        }
        int m = letters.length();
        int first = Math.max(0, words.size() - Math.min(m + 5, 2 * m));
        int base = words.get(first).start();
        var last = words.get(words.size() - 1);
        var s = new StringBuilder();
        for (int i = first; i < words.size(); i++) {
            var w = words.get(i);
            while (base + s.length() < w.start()) {
                s.append(' ');
            }
            s.append(w.text());
        }
        int n = s.length();
        int lastWord = last.start() - base;
        // best[k][p]: most word starts when letters k.. are placed at positions >= p (the last one in the last word)
        final int none = Integer.MIN_VALUE / 2;
        var best = new int[m + 1][n + 1];
        for (int k = 0; k < m; k++) {
            best[k][n] = none;
        }
        for (int k = m - 1; k >= 0; k--) {
            var c = letters.charAt(k);
            for (int p = n - 1; p >= 0; p--) {
                int skip = best[k][p + 1];
                int take = none;
                if (Character.toUpperCase(s.charAt(p)) == c && (k < m - 1 || p >= lastWord) && best[k + 1][p + 1] > none) {
                    take = (wordStart(s, p) ? 1 : 0) + best[k + 1][p + 1];
                }
                best[k][p] = Math.max(skip, take);
            }
        }
        int need = Math.max(2, (m + 1) / 2);
        int chosen = -1;
        int score = none;
        for (int p = 0; p < n; p++) {
            if (wordStart(s, p) && (p == 0 || s.charAt(p - 1) == ' ')
                    && Character.toUpperCase(s.charAt(p)) == letters.charAt(0) && best[1][p + 1] > none) {
                int sc = 1 + best[1][p + 1];
                if (sc >= score) {
                    score = sc;
                    chosen = p;
                }
            }
        }
        if (chosen < 0 || score < need) {
            return -1;
        }
        int start = base + chosen;
        var startWord = words.stream().filter(w -> w.start() == start).findFirst().orElseThrow().text();
        if (JOINERS.contains(startWord)) {
            return -1;
        }
        boolean lower = Character.isLowerCase(startWord.charAt(0));
        if (lower && words.stream().filter(w -> w.start() >= start).anyMatch(w -> !w.text().isEmpty()
                && Character.isUpperCase(w.text().charAt(0)))) {
            return -1;
        }
        return start;
    }

    private static boolean wordStart(CharSequence s, int p) {
        if (!Character.isLetter(s.charAt(p))) {
            return false;
        }
        if (p == 0) {
            return true;
        }
        var before = s.charAt(p - 1);
        return before == ' ' || before == '-' || before == '/' || before == '"';
    }

    /**
     * The words without the number the acronym carries, the expansion's last word ("Crossing-1" → "Crossing", a
     * separate "7" dropped), or null when the expansion does not end with that number.
     */
    private static List<Word> withoutNumber(List<Word> words, String number) {
        if (words.isEmpty()) {
            return null;
        }
        var last = words.get(words.size() - 1);
        if (last.text().equals(number)) {
            return words.size() > 2 ? words.subList(0, words.size() - 1) : null;
        }
        if (last.text().endsWith("-" + number) && last.text().length() > number.length() + 1) {
            var copy = new ArrayList<>(words.subList(0, words.size() - 1));
            copy.add(new Word(last.start(), last.text().substring(0, last.text().length() - number.length() - 1)));
            return copy;
        }
        return null;
    }

    /** The words without a last lower-case word (the noun the acronym qualifies), or null when there is none. */
    private static List<Word> headNoun(List<Word> words) {
        if (words.size() < 3) {
            return null;
        }
        var last = words.get(words.size() - 1).text();
        var before = words.get(words.size() - 2).text();
        if (last.length() < 3 || JOINERS.contains(last) || !last.chars().allMatch(Character::isLowerCase)
                || before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
            return null;
        }
        return words.subList(0, words.size() - 1);
    }

    private static int expansionEnd(List<Word> words) {
        var last = words.get(words.size() - 1);
        return last.start() + last.text().length();
    }

    private static String firstAt(List<Word> words, int start) {
        return words.stream().filter(w -> w.start() == start).findFirst().map(Word::text).orElse(" ");
    }

    private static void acronymFirst(FactBuilder facts, String text, Matcher m, List<Fact> found) {
        var content = m.group(2).trim();
        if (content.contains(",") || content.indexOf(' ') < 0) {
            return;
        }
        var words = content.split(" ");
        int capitals = 0;
        for (var w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
            } else if (!JOINERS.contains(w)) {
                return;
            }
        }
        if (capitals < 2) {
            return;
        }
        var spelled = spell(List.of(wordsOf(content)), letters(m.group(1))) == 0;
        var named = INSTITUTION.matcher(content).find() || text.startsWith(" Party", m.end())
                || text.startsWith(" party", m.end());
        if (spelled || named) {
            add(facts, found, m.start(), m.end(), content);
        }
    }

    private static void orForm(FactBuilder facts, String text, List<Fact> found) {
        var m = OR_FORM.matcher(text);
        while (m.find()) {
            var words = wordsBefore(text, m.start());
            int start = spell(words, letters(m.group(1)));
            if (start >= 0 && Character.isUpperCase(text.charAt(start))) {
                add(facts, found, start, m.end(), expansion(text.substring(start, m.start())));
            }
        }
    }

    /** A word of the text: where it starts and what it is. */
    private record Word(int start, String text) {
    }

    private static Word[] wordsOf(String content) {
        var parts = content.split(" ");
        var words = new Word[parts.length];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            words[i] = new Word(at, parts[i]);
            at += parts[i].length() + 1;
        }
        return words;
    }

    /** Up to {@link #MOST_WORDS} words ending at {@code end}, in text order. */
    private static List<Word> wordsBefore(String text, int end) {
        var words = new ArrayList<Word>();
        int e = end;
        while (words.size() < MOST_WORDS && e > 0) {
            int s = e;
            while (s > 0 && text.charAt(s - 1) != ' ') {
                s--;
            }
            var w = text.substring(s, e);
            if (w.isEmpty() || w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".")
                    || w.endsWith(")")) {
                break;
            }
            words.add(0, new Word(s, w));
            e = s - 1;
        }
        return words;
    }

    /** The acronym's letters in capitals, a plural's "s" dropped: "NGOs" → "NGO", "SitCen" → "SITCEN". */
    private static String letters(String acronym) {
        var a = acronym.length() > 2 && acronym.endsWith("s") && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1) : acronym;
        return a.toUpperCase(Locale.ROOT);
    }

    /**
     * Where the words that spell the acronym start (the offset of the first word), or -1: read backwards from the last
     * word, each word gives the first letters of itself (or of its hyphenated parts), a joiner may give its initial or
     * nothing; two words at least, and nothing left over.
     */
    private static int spell(List<Word> words, String letters) {
        int start = spell(words, letters, false);
        return start >= 0 ? start : spell(words, letters, true);
    }

    private static int spell(List<Word> words, String letters, boolean inner) {
        for (int first = words.size() - 2; first >= 0; first--) {
            var w = words.get(first).text();
            if (JOINERS.contains(w) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (spells(words, first, words.size() - 1, letters, letters.length(), inner)) {
                var firstWord = words.get(first).text();
                boolean lower = Character.isLowerCase(firstWord.charAt(0));
                if (lower && words.subList(first, words.size()).stream().anyMatch(
                        x -> Character.isUpperCase(x.text().charAt(0)))) {
                    continue; // "the list of Names": a lower-case start only for an expansion all in lower case
                }
                return words.get(first).start();
            }
        }
        return -1;
    }

    /** Whether words {@code from..to} spell {@code letters[0, need)} exactly, reading backwards. */
    private static boolean spells(List<Word> words, int from, int to, String letters, int need, boolean inner) {
        if (to < from) {
            return need == 0;
        }
        if (need == 0) {
            return false;
        }
        var raw = bare(words.get(to).text());
        if (raw.isEmpty()) {
            return false;
        }
        if (JOINERS.contains(raw)) {
            if (to == words.size() - 1 || to == from) {
                return false; // an expansion neither starts nor ends with "of"
            }
            if (spells(words, from, to - 1, letters, need, inner)) {
                return true;
            }
            return Character.toUpperCase(raw.charAt(0)) == letters.charAt(need - 1)
                    && spells(words, from, to - 1, letters, need - 1, inner);
        }
        if (!Character.isLetter(raw.charAt(0))) {
            return false;
        }
        // the word's hyphenated parts, each giving the first letters of itself
        var parts = raw.split("-");
        return partsSpell(parts, parts.length - 1, words, from, to, letters, need, inner);
    }

    private static boolean partsSpell(String[] parts, int part, List<Word> words, int from, int to, String letters,
                                      int need, boolean inner) {
        if (part < 0) {
            return spells(words, from, to - 1, letters, need, inner);
        }
        var p = parts[part].toUpperCase(Locale.ROOT);
        if (p.isEmpty()) {
            return partsSpell(parts, part - 1, words, from, to, letters, need, inner);
        }
        for (int k = Math.min(4, Math.min(p.length(), need)); k >= 1; k--) {
            if (letters.regionMatches(need - k, p, 0, k)
                    && partsSpell(parts, part - 1, words, from, to, letters, need - k, inner)) {
                return true;
            }
        }
        // "Counterterrorism" gives C and T: the initial and one inner letter of a long word
        if (inner && p.length() >= 10 && need >= 2 && p.charAt(0) == letters.charAt(need - 2)
                && p.indexOf(letters.charAt(need - 1), 4) > 0) {
            return partsSpell(parts, part - 1, words, from, to, letters, need - 2, inner);
        }
        return false;
    }

    /** A word without quotes and a possessive "'s". */
    private static String bare(String word) {
        var w = word;
        if (w.length() > 2 && w.charAt(w.length() - 1) == 's' && (w.charAt(w.length() - 2) == '\'' || w.charAt(w.length() - 2) == '’')) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.indexOf('"') < 0 && w.indexOf('\'') < 0 && w.indexOf('’') < 0) {
            return w;
        }
        var out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            var c = w.charAt(i);
            if (c != '"' && c != '\'' && c != '’') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The expansion as a glossary shows it: without a possessive "'s" or a leading "the". */
    private static String expansion(String words) {
        var e = words.trim().replaceAll("['’]s$", "");
        return e.startsWith("the ") ? e.substring(4) : e;
    }

    private static void add(FactBuilder facts, List<Fact> found, int start, int end, String expansion) {
        for (var f : found) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        found.add(facts.fact(FactType.ACRONYM, start, end, null, null, null, null, null, null, null, null, null,
                expansion));
    }

    /** Where the run of capitalised words before {@code paren} starts, or -1 when it has fewer than two. */
    private static int capitalisedRun(String text, int paren) {
        int wordEnd = paren;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        int start = -1;
        int capitalised = 0;
        int pendingJoiner = -1;
        for (int words = 0; words < 10 && wordEnd > 0; words++) {
            int wordStart = wordEnd;
            while (wordStart > 0 && text.charAt(wordStart - 1) != ' ') {
                wordStart--;
            }
            var word = text.substring(wordStart, wordEnd).replaceAll("['’]s$", "");
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(
                    c -> Character.isLetter(c) || c == '-' || c == '\'') && !word.equals("The")) {
                capitalised++;
                start = wordStart;
                pendingJoiner = -1;
            } else if (JOINERS.contains(word) && capitalised > 0 && pendingJoiner < 0) {
                pendingJoiner = wordStart;
            } else {
                break;
            }
            wordEnd = wordStart - 1;
        }
        return capitalised >= 2 ? start : -1;
    }

    /** The acronym an acronym fact defines: "Committee for National Security (KNB)" → "KNB"; "UNDAF (…)" → "UNDAF". */
    public static String acronymOf(Fact fact) {
        var m = DEFINITION.matcher(fact.text());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last != null && !fact.text().startsWith(last + " (") && !fact.text().startsWith(last + "s (")) {
            return last;
        }
        var first = ACRONYM_FIRST.matcher(fact.text());
        if (first.lookingAt()) {
            return first.group(1);
        }
        var or = OR_FORM.matcher(fact.text());
        return or.find() ? or.group(1) : last;
    }

    /** The kinds of words of {@code facts/acronyms.tsv}: kind → forms. */
    private static Map<String, Set<String>> words(String resource) {
        var in = Objects.requireNonNull(AcronymExtractor.class.getResourceAsStream(resource), resource);
        var kinds = new HashMap<String, Set<String>>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalArgumentException("acronyms: 2 columns expected: " + line);
                }
                kinds.computeIfAbsent(columns[0], k -> new HashSet<>()).addAll(List.of(columns[1].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kinds.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(kinds);
    }

    /** Markings, the file's countries, and every ISO 3166 two- and three-letter code. */
    private static Set<String> spelledOnly() {
        var all = new HashSet<String>(WORDS.get("marking"));
        all.addAll(WORDS.get("country"));
        for (var code : Locale.getISOCountries()) {
            all.add(code);
            all.add(new Locale("", code).getISO3Country());
        }
        return Set.copyOf(all);
    }
}
