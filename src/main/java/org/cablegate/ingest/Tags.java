package org.cablegate.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The TAGS line: subject codes, country codes, organisations, keywords and person tags. Space- or comma-separated;
 * person tags ({@code CLINTON, HILLARY}) are kept whole, and so are keywords of several words
 * ({@code GOI EXTERNAL}); codes glued together by the cable system ({@code MASSMNUC}) are split where the pieces are
 * known codes; a tag printed again is kept once.
 *
 * <p>The vocabulary tells codes from the words of a name: after {@code OVIP} (a visit), words that are no code
 * (four-letter subject codes of the list, two-letter countries) are the visitor's surname and given name, printed
 * without their comma ({@code OVIP CLINTON HILLARY PREL} → {@code CLINTON, HILLARY}).
 */
final class Tags {

    /** Where the line stops being tags: a page break's columns, or a caption field run on after it. */
    private static final Pattern CLEANUP = Pattern.compile(
            "\\s{5,}[^\\n]+|[,\\s]+(?:(?:UN)?CLASSIFIED|SECRET|CONFIDENTIAL|PAGE|SUBJECT|E\\.\\s+O\\.)(?:\\s[^\\n]*)?(?=\\n|$)");
    private static final Pattern TOKEN;

    static {
        var phrases = new StringBuilder();
        for (var p : TagVocabulary.PHRASES) {
            phrases.append(p.replace(" ", "\\s+")).append('|');
        }
        for (var p : TagVocabulary.PERSONS.keySet()) {
            phrases.append(p.replace(" ", "\\s+")).append('|');
        }
        TOKEN = Pattern.compile("\\(([^)]*)\\)?|(?<![A-Z0-9])(" + phrases + TagVocabulary.PHRASE_PATTERNS + ")"
                + "|([A-Z0-9_][A-Z0-9_/&.'-]*)|(,)");
    }

    private Tags() {
    }

    /** The text without the given characters at its end. */
    static String stripEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** One tag as printed, and whether a comma stood before it. */
    private record Token(String text, boolean whole, boolean afterComma) {
    }

    static List<String> parse(String value) {
        var text = CLEANUP.matcher(value.toUpperCase(Locale.ROOT)).replaceAll(" ");
        var tokens = new ArrayList<Token>();
        var m = TOKEN.matcher(text);
        boolean comma = false;
        while (m.find()) {
            if (m.group(4) != null) {
                comma = true;
            } else if (m.group(1) != null) {
                var inner = stripEnd(Lines.squash(m.group(1)), ".,;");
                inner = m.group(1).trim().endsWith(".") && !inner.isEmpty() ? inner + "." : inner;
                if (!inner.isEmpty()) {
                    tokens.add(new Token(inner, true, comma));
                }
                comma = false;
            } else if (m.group(2) != null) {
                var phrase = Lines.squash(m.group(2));
                tokens.add(new Token(TagVocabulary.PERSONS.getOrDefault(phrase, phrase), true, comma));
                comma = false;
            } else {
                var word = stripEnd(m.group(3), ".;:'");
                if (!word.isEmpty()) {
                    tokens.add(new Token(word, false, comma));
                }
                comma = false;
            }
        }
        var tags = new LinkedHashSet<String>();
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            // OVIP CLINTON HILLARY: a visitor's name in two words that are no codes, printed without its comma.
            if (i > 0 && tokens.get(i - 1).text().equals("OVIP") && !token.whole() && i + 1 < tokens.size()
                    && isNameWord(token) && isNameWord(tokens.get(i + 1)) && !tokens.get(i + 1).afterComma()) {
                var name = token.text() + " " + tokens.get(i + 1).text();
                var person = TagVocabulary.PERSONS.getOrDefault(name, token.text() + ", " + tokens.get(i + 1).text());
                i++;
                // an initial printed after the given name belongs to the name: "OVIP STEINBERG JAMES B. PREL"
                if (i + 1 < tokens.size() && isInitial(tokens.get(i + 1))) {
                    person += " " + tokens.get(i + 1).text() + ".";
                    i++;
                }
                tags.add(person);
                continue;
            }
            // A person tag printed "SURNAME, GIVEN" without parentheses: a surname too long to be a code.
            if (!token.whole() && token.text().length() > 4 && !isCode(token.text()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).afterComma() && isNameWord(tokens.get(i + 1)) && tokens.get(i + 1).text().length() > 2
                    && value.toUpperCase(Locale.ROOT).contains(token.text() + ", " + tokens.get(i + 1).text())
                    && (i + 2 >= tokens.size() || tokens.get(i + 2).afterComma() || !isCode(tokens.get(i + 1).text()))
                    && (i == 0 || tokens.get(i - 1).text().equals("OVIP") || !token.afterComma())) {
                tags.add(token.text() + ", " + tokens.get(i + 1).text());
                i++;
                continue;
            }
            add(token.text(), token.whole(), tags);
        }
        return new ArrayList<>(tags);
    }

    private static boolean isInitial(Token token) {
        return !token.whole() && !token.afterComma() && token.text().length() == 1 && Character.isLetter(token.text().charAt(0));
    }

    private static boolean isNameWord(Token token) {
        var t = token.text();
        return !token.whole() && t.length() > 2 && !isCode(t) && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    private static boolean isCode(String word) {
        return TagVocabulary.CODES.contains(word) || word.length() == 2 || TagVocabulary.FIXES.containsKey(word);
    }

    private static void add(String tag, boolean whole, java.util.Set<String> into) {
        var fixed = TagVocabulary.FIXES.get(tag);
        if (fixed != null) {
            for (var t : fixed) {
                into.add(t);
            }
            return;
        }
        if (!whole && !TagVocabulary.CODES.contains(tag)) {
            var pieces = split(tag);
            if (pieces != null) {
                into.addAll(pieces);
                return;
            }
        }
        if (tag.length() > 1) {
            into.add(tag);
        }
    }

    /**
     * A word of glued codes split into known codes, a two-letter country standing first or last ({@code VTPREL},
     * {@code PHUMBA}, {@code KFRDKIRFCVIS…EG}); null when it is no such word.
     */
    static List<String> split(String word) {
        if (word.length() < 6 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        var out = new ArrayList<String>();
        if (splitFrom(word, 0, out)) {
            return out;
        }
        return null;
    }

    private static boolean splitFrom(String word, int at, List<String> out) {
        if (at == word.length()) {
            return out.size() > 1;
        }
        for (var length : new int[]{4, 3, 5, 2}) {
            if (at + length > word.length()) {
                continue;
            }
            var piece = word.substring(at, at + length);
            var known = TagVocabulary.CODES.contains(piece)
                    || length == 2 && (at == 0 || at + 2 == word.length());
            if (known) {
                out.add(piece);
                if (splitFrom(word, at + length, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }
}
