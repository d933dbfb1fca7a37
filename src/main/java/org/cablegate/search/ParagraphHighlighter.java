package org.cablegate.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lucene's unified highlighter, asked for whole paragraphs: each value of the paragraph field is one passage
 * (a whole-text break iterator, split at the separator between values), scored by BM25 over the passage. The best
 * few paragraphs of a hit come back as their position in the cable and an excerpt around their first match.
 */
final class ParagraphHighlighter extends UnifiedHighlighter {

    static final int EXCERPT_CHARS = 320;
    private static final int BEFORE_FIRST_MATCH = 90;
    private static final int LONGEST_CABLE_CHARS = 4_000_000;

    /** One paragraph's highlight: its index among the cable's paragraphs, score and excerpt. */
    record Best(int index, float score, String excerpt) {
    }

    ParagraphHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new ParagraphFormatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(LONGEST_CABLE_CHARS));
    }

    /** For each doc, its best paragraphs, best first (empty when only the subject or metadata matched). */
    @SuppressWarnings("unchecked")
    List<List<Best>> best(Query query, int[] docIds, int perDoc) throws IOException {
        var maxPassages = new int[]{perDoc};
        var found = highlightFieldsAsObjects(new String[]{CableFields.PARA}, query, docIds, maxPassages)
                .get(CableFields.PARA);
        var all = new ArrayList<List<Best>>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            all.add(found == null || found[i] == null ? List.of() : (List<Best>) found[i]);
        }
        return all;
    }

    private static final class ParagraphFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            var best = new ArrayList<Best>();
            for (var p : passages) {
                if (p.getNumMatches() > 0) {
                    best.add(new Best(valueIndex(content, p.getStartOffset()), p.getScore(), excerpt(p, content)));
                }
            }
            best.sort(Comparator.comparingDouble(Best::score).reversed());
            return best;
        }

        private static int valueIndex(String content, int offset) {
            int index = 0;
            for (int i = 0; i < offset; i++) {
                if (content.charAt(i) == MULTIVAL_SEP_CHAR) {
                    index++;
                }
            }
            return index;
        }

        /** The passage's text around its first match, cut at spaces, HTML-escaped, matches in {@code <mark>}. */
        private static String excerpt(Passage p, String content) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            int firstMatch = p.getMatchStarts()[0];
            int from = start;
            if (firstMatch - start > BEFORE_FIRST_MATCH) {
                from = content.indexOf(' ', firstMatch - BEFORE_FIRST_MATCH) + 1;
                if (from <= 0 || from > firstMatch) {
                    from = firstMatch;
                }
            }
            int to = end;
            if (to - from > EXCERPT_CHARS) {
                to = content.lastIndexOf(' ', from + EXCERPT_CHARS);
                if (to <= from) {
                    to = from + EXCERPT_CHARS;
                }
            }
            var out = new StringBuilder(to - from + 40);
            if (from > start) {
                out.append('…');
            }
            int at = from;
            var starts = p.getMatchStarts();
            var ends = p.getMatchEnds();
            for (int m = 0; m < p.getNumMatches(); m++) {
                int ms = Math.max(starts[m], at);
                int me = Math.min(ends[m], to);
                if (ms >= me) {
                    continue;
                }
                escape(content, at, ms, out);
                out.append("<mark>");
                escape(content, ms, me, out);
                out.append("</mark>");
                at = me;
            }
            escape(content, at, to, out);
            if (to < end) {
                out.append('…');
            }
            return out.toString();
        }

        private static void escape(String s, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
    }
}
