package org.cablegate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronym definitions: "Central Asia Regional Information Coordination Center (CARICC)", where the acronym is spelled
 * by the initials of the capitalised words before it; and, for acronyms of another language that no English
 * initials spell ("Committee for National Security (KNB)", "Ministry of Internal Affairs (MVD)"), the run of
 * capitalised words (two at least, joined by "of", "for", "and" …) right before the parenthesis.
 */
public final class AcronymExtractor {

    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z]{1,9})\\)");
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Ministry|Committee|Department|Office|Council"
            + "|Agency|Service|Organi[sz]ation|Center|Centre|Commission|Bureau|Directorate|Federation|Court|Bank|Fund"
            + "|Institute|Association|Movement|Front|Guard|Police|Army|Forces?|Authority|Administration|Foundation"
            + "|Assembly|Parliament|Congress|Union|Program|Programme|Convention|Treaty|Agreement|Initiative|Group)\\b");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "on", "in", "to", "de", "du", "la", "&");

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        var m = DEFINITION.matcher(text);
        while (m.find()) {
            var acronym = m.group(1);
            var upper = acronym.chars().filter(Character::isUpperCase).count();
            if (upper < 2) {
                continue;
            }
            var start = expansionStart(text, m.start(), acronym);
            if (start < 0 && upper == acronym.length()) {
                start = capitalisedRun(text, m.start());
                // "Chancellor Helmut Kohl (CDU)" is a party affiliation, not a definition: ask for an institution.
                if (start >= 0 && !INSTITUTION.matcher(text.substring(start, m.start())).find()) {
                    start = -1;
                }
            }
            if (start >= 0) {
                var expansion = text.substring(start, m.start()).trim();
                found.add(facts.fact(FactType.ACRONYM, start, m.end(), null, null, null, null, null, null, null,
                        null, null, expansion));
            }
        }
        return found;
    }

    /**
     * Walks back over the words before "(": the capitalised ones must spell the acronym's capitals, in order;
     * joiners (of, for, and …) may stand between them. Returns where the expansion starts, or -1.
     */
    private static int expansionStart(String text, int paren, String acronym) {
        var letters = acronym.chars().filter(Character::isUpperCase).mapToObj(c -> (char) c).toList();
        int need = letters.size() - 1;
        int end = paren - 1;
        while (end >= 0 && text.charAt(end) == ' ') {
            end--;
        }
        int wordEnd = end + 1;
        int words = 0;
        while (need >= 0 && wordEnd > 0 && words < 12) {
            int wordStart = wordEnd - 1;
            while (wordStart > 0 && text.charAt(wordStart - 1) != ' ') {
                wordStart--;
            }
            var word = text.substring(wordStart, wordEnd).replaceAll("[,;:\"']", "");
            words++;
            if (word.isEmpty()) {
                return -1;
            }
            if (JOINERS.contains(word)) {
                if (need == letters.size() - 1) {
                    return -1; // an expansion does not end with "of"
                }
            } else if (Character.isUpperCase(word.charAt(0))) {
                // "Counter-Narcotics" may give C and N
                var parts = word.split("-");
                for (int i = parts.length - 1; i >= 0 && need >= 0; i--) {
                    if (parts[i].isEmpty() || Character.toUpperCase(parts[i].charAt(0)) != letters.get(need)) {
                        return -1;
                    }
                    need--;
                }
                if (need < 0) {
                    return wordStart;
                }
            } else {
                return -1;
            }
            wordEnd = wordStart - 1;
            if (wordEnd <= 0) {
                return -1;
            }
        }
        return -1;
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
            var word = text.substring(wordStart, wordEnd);
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

    /** The acronym an acronym fact defines: "Committee for National Security (KNB)" → "KNB". */
    public static String acronymOf(Fact fact) {
        var m = DEFINITION.matcher(fact.text());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
