package org.cablegate.versions;

import java.util.regex.Pattern;

/**
 * The form in which two versions' texts are compared: builds of the same cable differ in typographic quotes and
 * dashes, spacing and non-breaking spaces without differing in content. Kept here rather than in the parser, whose
 * normalised texts are what the API serves.
 */
public final class ContentNormaliser {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u00B4`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''");
    private static final Pattern DASHES = Pattern.compile("\\s*(?:-{2,}|[\u2012\u2013\u2014\u2015])\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+");

    private ContentNormaliser() {
    }

    /** The text with typographic quotes and dashes in ASCII, every run of spaces one space, trimmed; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        var s = text.replace('\u2026', '.').replace("\u00AD", "");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll(" -- ");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
