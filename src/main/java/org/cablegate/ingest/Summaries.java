package org.cablegate.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** The text between "SUMMARY" and "END SUMMARY", which may run over several paragraphs. */
final class Summaries {

    private static final Pattern OPEN = Pattern.compile("^(?:\\(?[A-Z]{1,5}\\)\\s{0,3})?(?i:summary)\\s{0,3}[:.-]\\s*");
    private static final Pattern CLOSE = Pattern.compile("(?i)\\s*\\(?end\\s{1,3}summary\\)?[.:]?");

    private Summaries() {
    }

    static String find(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            var open = OPEN.matcher(paragraphs.get(i).text());
            if (!open.find()) {
                continue;
            }
            var summary = new StringBuilder();
            for (int j = i; j < paragraphs.size() && j < i + 12; j++) {
                var text = paragraphs.get(j).text();
                var begin = j == i ? open.end() : 0;
                var close = CLOSE.matcher(text);
                if (close.find(begin)) {
                    summary.append(summary.length() == 0 ? "" : " ").append(text, begin, close.start());
                    return Lines.squash(summary);
                }
                summary.append(summary.length() == 0 ? "" : " ").append(text, begin, text.length());
            }
            // No END SUMMARY: the summary is the paragraph that opens with it.
            var text = paragraphs.get(i).text();
            return Lines.squash(text.substring(open.end()));
        }
        return null;
    }

}
