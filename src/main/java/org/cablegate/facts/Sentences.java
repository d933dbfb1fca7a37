package org.cablegate.facts;

/** Sentence bounds inside a paragraph, good enough to tell what a figure is said of. */
final class Sentences {

    private Sentences() {
    }

    /** The start of the sentence holding {@code at}. */
    static int start(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i > 0; i--) {
            if (isEnd(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the sentence holding {@code at}. */
    static int end(String text, int at) {
        for (int i = at; i < text.length() - 1; i++) {
            if (isEnd(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** A full stop, question or exclamation mark followed by a space and a capital or a quote — not "U.S." or "1.5". */
    private static boolean isEnd(String text, int i) {
        var c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!' && c != ';') {
            return false;
        }
        if (i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
            return false;
        }
        var next = text.charAt(i + 2);
        if (c == '.' && i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && text.charAt(i - 2) == '.') {
            return false; // "U.S. Embassy"
        }
        return c == ';' || Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '(';
    }
}
