package org.cablegate.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a Lucene query. Every word is preferred, not demanded: a cable with most of the
 * words still matches, below those with all (BM25 adds up what matches). Per word, the best of subject (boosted),
 * paragraphs and metadata counts; a word the index hardly knows is also matched a letter or two apart (names are
 * spelled many ways). A reference ID in any form ranks its cable first, then the cables that cite it.
 */
final class CableQueryParser {

    static final int MAX_QUERY_CHARS = 1000;
    private static final int MAX_GROUPS = 32;

    private static final float SUBJECT_BOOST = 2.0f;
    private static final float META_BOOST = 1.2f;
    private static final float FUZZY_BOOST = 0.5f;
    private static final float TIE_BREAKER = 0.2f;
    /** Large enough to put the cable whose ID was typed above any text match. */
    static final float OWN_ID_BOOST = 1000f;
    private static final float CITES_BOOST = 2f;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_TWO_EDITS_LENGTH = 6;
    private static final int FUZZY_EXPANSIONS = 16;
    /** Designators written with or without a hyphen: {@code F-35} and {@code F35}, {@code C-130}, {@code ISN-194}. */
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}{1,5})-(\\d{1,5}\\p{L}?)");
    private static final Pattern GLUED = Pattern.compile("(\\p{L}{1,5})(\\d{1,5}\\p{L}?)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /**
     * Words that carry no topic: Lucene's English stop words and the other function words and fillers people put
     * in a query ("cable about …", "what did … say"). They are not preferred words; phrases keep them.
     */
    private static final Set<String> FILLER = fillerWords();

    /**
     * The query, the part of it whose words the highlighter marks, and whether it demands or excludes something
     * (a {@code "phrase"}, {@code +word} or {@code -word}: hybrid search then keeps to the cables that obey).
     */
    record Parsed(Query query, Query words, boolean demanding, int preferredWords, boolean referenceId,
                  boolean quoted) {
    }

    private final Analyzer analyzer;

    CableQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Parsed parse(String q, IndexReader reader) throws InvalidQueryException {
        if (q == null || q.isBlank()) {
            throw new InvalidQueryException("q: empty; give one or more words, a \"phrase\" or a reference ID");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("q: longer than " + MAX_QUERY_CHARS + " characters");
        }
        var refKeys = RefKeys.inQuery(q);
        var groups = QueryItems.read(q);
        if (!hasWordOfTwo(q)) {
            throw new InvalidQueryException(
                    "q: give at least one word of two or more letters or digits (single letters and punctuation are not searched)");
        }

        var words = new BooleanQuery.Builder();
        var excluded = new ArrayList<Query>();
        var preferred = new ArrayList<Query>();
        var required = new ArrayList<Query>();
        var stopWords = new ArrayList<Query>();
        int seen = 0;
        for (var group : groups) {
            if (seen++ >= MAX_GROUPS) {
                break;
            }
            var first = group.alternatives().get(0);
            if (first.kind() == QueryItems.Kind.EXCLUDED) {
                var terms = terms(first.text());
                if (!terms.isEmpty()) {
                    excluded.add(exact(terms));
                }
                continue;
            }
            var alternatives = new ArrayList<Query>();
            boolean allStop = true;
            for (var item : group.alternatives()) {
                var terms = terms(item.text());
                if (terms.isEmpty()) {
                    continue;
                }
                boolean single = terms.size() == 1 && !item.quoted();
                allStop &= single && isFiller(item.text());
                var query = single ? word(terms.get(0), reader) : exact(terms);
                var variant = item.quoted() ? null : otherSpelling(item.text());
                alternatives.add(variant == null ? query : anyOf(List.of(query, exact(terms(variant)))));
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            var groupQuery = alternatives.size() == 1 ? alternatives.get(0) : anyOf(alternatives);
            if (first.kind() == QueryItems.Kind.REQUIRED || first.quoted() && group.alternatives().size() == 1) {
                required.add(groupQuery);
            } else if (allStop) {
                stopWords.add(groupQuery);
            } else {
                preferred.add(groupQuery);
            }
        }
        // Stop words are not preferred words, unless the query is nothing else ("the who").
        if (preferred.isEmpty() && required.isEmpty()) {
            preferred.addAll(stopWords);
        }
        if (preferred.isEmpty() && required.isEmpty() && refKeys.isEmpty()) {
            throw new InvalidQueryException("q: say what to find, not only what to leave out");
        }
        required.forEach(r -> words.add(r, Occur.MUST));
        preferred.forEach(p -> words.add(p, Occur.SHOULD));
        words.setMinimumNumberShouldMatch(mostOf(preferred.size(), !required.isEmpty()));
        var wordsQuery = words.build();

        var query = new BooleanQuery.Builder();
        if (!preferred.isEmpty() || !required.isEmpty()) {
            query.add(wordsQuery, Occur.SHOULD);
        }
        if (!refKeys.isEmpty()) {
            query.add(reference(refKeys), Occur.SHOULD);
        }
        excluded.forEach(e -> query.add(e, Occur.MUST_NOT));
        query.setMinimumNumberShouldMatch(1);
        boolean quoted = groups.stream().anyMatch(g -> g.alternatives().stream().anyMatch(QueryItems.Item::quoted));
        return new Parsed(query.build(), wordsQuery, !required.isEmpty() || !excluded.isEmpty(), preferred.size(),
                !refKeys.isEmpty(), quoted);
    }

    static boolean isFiller(String word) {
        return FILLER.contains(EDGE_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** {@code F-35} for {@code F35} and the reverse, {@code P5 plus 1} for {@code P5+1}; null for other words. */
    static String otherSpelling(String raw) {
        var word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
        var hyphenated = HYPHENATED.matcher(word);
        if (hyphenated.matches()) {
            return hyphenated.group(1) + hyphenated.group(2);
        }
        var glued = GLUED.matcher(word);
        if (glued.matches()) {
            return glued.group(1) + "-" + glued.group(2);
        }
        if (word.indexOf('+') > 0) {
            return word.replace("+", " plus "); // P5+1 is also written P5-plus-1
        }
        return null;
    }

    private static Set<String> fillerWords() {
        var words = new HashSet<String>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(List.of("about", "above", "after", "again", "all", "also", "am", "any", "because", "been",
                "before", "being", "between", "both", "can", "could", "did", "do", "does", "doing", "down", "during",
                "each", "few", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
                "his", "how", "i", "its", "itself", "just", "me", "more", "most", "my", "nor", "now", "off", "once",
                "only", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "than",
                "them", "those", "through", "too", "under", "until", "up", "very", "we", "were", "what", "when",
                "where", "which", "while", "who", "whom", "why", "would", "you", "your", "cable", "cables",
                "telegram", "regarding", "concerning", "re", "mention", "mentions", "mentioning", "says", "said",
                "say", "wikileaks", "cablegate"));
        return Set.copyOf(words);
    }

    /** "Most of" the preferred words: all of one or two, three of four, six of ten. */
    static int mostOf(int preferred, boolean othersRequired) {
        if (preferred <= 2) {
            return othersRequired ? 0 : Math.min(preferred, 1);
        }
        return (int) Math.ceil(preferred * 0.6);
    }

    /** One word: the best of subject, paragraphs and metadata, and for a word the index hardly knows its near spellings. */
    private Query word(String term, IndexReader reader) {
        var fields = new ArrayList<Query>();
        fields.add(new BoostQuery(new TermQuery(new Term(CableFields.SUBJECT, term)), SUBJECT_BOOST));
        fields.add(new TermQuery(new Term(CableFields.PARA, term)));
        fields.add(new BoostQuery(new TermQuery(new Term(CableFields.META, term)), META_BOOST));
        if (fuzzable(term, reader)) {
            int edits = term.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
            int prefix = 0; // transliterations differ in the first letter too (Gaddafi, Qadhafi)
            fields.add(new BoostQuery(new FuzzyQuery(new Term(CableFields.PARA, term), edits, prefix,
                    FUZZY_EXPANSIONS, true), FUZZY_BOOST));
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /**
     * Near spellings are tried only for words of letters the index holds in few cables: a misspelt or
     * differently transliterated name, never a common word (whose neighbours would only add noise).
     */
    private static boolean fuzzable(String term, IndexReader reader) {
        if (term.length() < FUZZY_MIN_LENGTH || !term.chars().allMatch(Character::isLetter)) {
            return false;
        }
        try {
            int rare = Math.max(3, reader.numDocs() / 2000);
            return reader.docFreq(new Term(CableFields.PARA, term)) < rare
                    && reader.docFreq(new Term(CableFields.SUBJECT, term)) < rare;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A phrase (or a single term) exactly, in subject, paragraphs or metadata. */
    private static Query exact(List<String> terms) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(phrase(CableFields.SUBJECT, terms, 0), SUBJECT_BOOST),
                phrase(CableFields.PARA, terms, 0),
                new BoostQuery(phrase(CableFields.META, terms, 0), META_BOOST)), TIE_BREAKER);
    }

    private static Query phrase(String field, List<String> terms, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(slop, field, terms.toArray(String[]::new));
    }

    private static Query anyOf(List<Query> alternatives) {
        var any = new BooleanQuery.Builder();
        alternatives.forEach(a -> any.add(a, Occur.SHOULD));
        return any.build();
    }

    private static Query reference(java.util.Set<String> keys) {
        var any = new BooleanQuery.Builder();
        for (var key : keys) {
            any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CableFields.REF, key))), OWN_ID_BOOST),
                    Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(CableFields.CITES, key)), CITES_BOOST), Occur.SHOULD);
        }
        return any.build();
    }

    /** The analysed terms of a piece of text, in order. */
    List<String> terms(String text) {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(CableFields.PARA, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Is there one run of two or more letters or digits (F-16, G8, UN, 5+1 all have one)? */
    private static boolean hasWordOfTwo(String q) {
        int run = 0;
        for (int i = 0; i < q.length(); i++) {
            if (Character.isLetterOrDigit(q.charAt(i))) {
                if (++run >= 2) {
                    return true;
                }
            } else if (q.charAt(i) != '+' && q.charAt(i) != '-') {
                run = 0;
            }
        }
        return false;
    }
}
