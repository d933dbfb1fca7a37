package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.CableFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the list parameters into a filter, refusing what cannot be meant. */
@ApplicationScoped
public class CableSearch {

    /** InnoDB's default full-text index drops words shorter than this. */
    private static final int MIN_WORD = 3;
    private static final int MAX_WORDS = 12;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public CableFilter filter(String q, String origin, String classification, List<String> tags, String from,
                              String to) {
        var dates = DateRange.parse(from, to);
        var cleanTags = tags == null ? List.<String>of()
                : tags.stream().filter(t -> !t.isBlank()).map(t -> t.trim().toUpperCase(Locale.ROOT)).toList();
        return new CableFilter(fullText(q), blankToNull(origin), blankToNull(classification), cleanTags,
                dates.from(), dates.until());
    }

    /** Every word must occur: "+heroin +kazakhstan". Operators typed by the caller are not passed through. */
    static String fullText(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        var words = new ArrayList<String>();
        for (var word : NON_WORD.split(q)) {
            if (word.length() >= MIN_WORD && words.size() < MAX_WORDS) {
                words.add("+" + word);
            }
        }
        if (words.isEmpty()) {
            throw ApiProblem.badRequest("q: give at least one word of " + MIN_WORD + " or more letters");
        }
        return String.join(" ", words);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
