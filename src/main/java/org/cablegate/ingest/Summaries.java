package org.cablegate.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary: the text between "SUMMARY" and "END SUMMARY", which may run over several paragraphs. It opens with
 * "SUMMARY:" (also "Summary and Comment:", "Summary and Background:", "Summary/Comment:", "SUMMARY -") at the head of a paragraph, or with a
 * SUMMARY heading over a paragraph; with an "END SUMMARY" and no opening, it starts at the first paragraph. With no
 * "END SUMMARY", it is the rest of the paragraph that opens with "SUMMARY", up to a rule.
 */
final class Summaries {

    private static final String KIND = "(?i:summar?y(?:\\s{0,3}(?:and|/)\\s{0,3}(?:comment|action request|introduction|background|table of contents))?)";
    private static final Pattern OPEN = Pattern.compile(
            "^(?:\\(?[A-Z/]{1,6}\\)\\s{0,3})?" + KIND + "\\s{0,3}(?:[:.\\-]+\\s*|\\s+)(?:\\([A-Z/]{1,6}\\)\\s*)?");
    private static final Pattern HEADING = Pattern.compile("^[-=_\\s\u2010-\u2015]*" + KIND + "[-=_\\s\u2010-\u2015]*$");
    private static final Pattern CLOSE = Pattern.compile("(?i)\\(?end\\s{1,3}" + KIND.substring(4, KIND.length() - 1) + "\\)?[.:]?");
    /** Where a {@link #CLOSE} match can start: "end" or "(end" in any case (ASCII, as the expression reads it). */
    private static final Lines.MatchStart CLOSE_START = (s, p) -> {
        int e = s.charAt(p) == '(' ? p + 1 : p;
        return e + 2 < s.length() && (s.charAt(e) | 0x20) == 'e' && (s.charAt(e + 1) | 0x20) == 'n' && (s.charAt(e + 2) | 0x20) == 'd';
    };
    private static final Pattern RULE = Pattern.compile("\\s*(?:-{3,}|={3,}).*$");

    private Summaries() {
    }

    /** Whether the text holds "summ" as a summary's opening or closing prints it: a cheap test before the expressions. */
    static boolean mentionsSummary(String text) {
        return text.contains("umm") || text.contains("UMM");
    }

    static String find(List<Paragraph> paragraphs) {
        int end = -1;
        java.util.regex.Matcher close = null;
        for (int j = 0; j < paragraphs.size() && end < 0; j++) {
            var text = paragraphs.get(j).text();
            if (!mentionsSummary(text)) {
                continue; // the regular expression runs only over paragraphs that say "summ…"
            }
            var m = Lines.regionMatcher(CLOSE, text);
            if (Lines.find(m, text, 0, CLOSE_START)) {
                end = j;
                close = m;
            }
        }
        int start = -1;
        int from = 0;
        int last = end >= 0 ? end : paragraphs.size() - 1;
        for (int i = 0; i <= last && start < 0; i++) {
            var p = paragraphs.get(i);
            var open = OPEN.matcher(p.text());
            if (open.find() && !(end == i && open.end() > close.start())) {
                start = i;
                from = open.end();
            } else if (p.heading() != null && HEADING.matcher(p.heading()).matches()
                    && (i == 0 || !p.heading().equals(paragraphs.get(i - 1).heading()))) {
                start = i;
            }
        }
        if (end >= 0) {
            if (start < 0) {
                // "END SUMMARY" with no opening: the summary is what comes before it, from the first paragraph.
                start = paragraphs.get(0).n().equals("0") && paragraphs.size() > 1 && end > 0 ? 1 : 0;
                from = 0;
            }
            var summary = new StringBuilder();
            for (int k = start; k <= end; k++) {
                var text = paragraphs.get(k).text();
                var begin = k == start ? Math.min(from, text.length()) : 0;
                var stop = k == end ? Math.max(close.start(), begin) : text.length();
                summary.append(' ').append(text, begin, stop);
            }
            var s = Lines.squash(summary);
            return s.isEmpty() ? null : s;
        }
        if (start < 0 || from == 0) {
            return null;
        }
        var s = RULE.matcher(paragraphs.get(start).text().substring(from)).replaceFirst("");
        s = Lines.squash(s);
        return s.isEmpty() ? null : s;
    }
}
