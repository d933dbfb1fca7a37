package org.cablegate.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the Atom feed of changes shows ({@code templates/ChangesFeed/feed.xml}): every text already cleared of the
 * characters XML 1.0 forbids, every time an RFC 3339 instant. The template escapes the rest.
 */
public record ChangesFeedModel(String title, String id, String self, String updated, String author, String authorUri,
                               List<Entry> entries) {

    public ChangesFeedModel {
        title = xmlText(title);
        id = xmlText(id);
        self = xmlText(self);
        author = xmlText(author);
        authorUri = xmlText(authorUri);
        entries = List.copyOf(entries);
    }

    /** One change: its page is its id and its link. */
    public record Entry(String id, String title, String link, String updated, String summary) {
        public Entry {
            id = xmlText(id);
            title = xmlText(title);
            link = xmlText(link);
            summary = xmlText(summary);
        }
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * The text without the characters XML 1.0 does not allow (§2.2: controls other than tab, line feed and carriage
     * return, lone surrogates, U+FFFE and U+FFFF); they carry nothing a reader could see.
     */
    static String xmlText(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!legal && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (legal && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }
}
