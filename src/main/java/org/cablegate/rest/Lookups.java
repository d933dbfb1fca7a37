package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Cable;
import org.cablegate.domain.StoredParagraph;
import org.cablegate.persistence.CableQueries;

import java.util.Locale;
import java.util.regex.Pattern;

/** Finds what a path names, or answers 404 saying what was not found. Reference IDs match in any case. */
@ApplicationScoped
public class Lookups {

    private final CableQueries queries;

    public Lookups(CableQueries queries) {
        this.queries = queries;
    }

    /**
     * Reference IDs are ASCII letters and digits; paragraph numbers printable ASCII. Checked before the database sees
     * them: its collation ignores control and invisible characters and folds digits of other scripts, so
     * {@code 06ASTANA\u0000590} or paragraph {@code \u0663} would otherwise find 06ASTANA590 and paragraph 3.
     */
    private static final Pattern REF_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("[!-~]{1,16}");

    public Cable cable(String refId) {
        if (!REF_ID.matcher(refId.trim()).matches()) {
            throw ApiProblem.badRequest("refId: a reference ID is 1 to 64 ASCII letters and digits, such as 06ASTANA590");
        }
        return queries.cable(refId.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
    }

    public StoredParagraph paragraph(Cable cable, String n) {
        requireParagraphNumber(n);
        return queries.paragraph(cable, n)
                .orElseThrow(() -> ApiProblem.notFound("Cable " + cable.refId + " has no paragraph " + n));
    }

    public static void requireParagraphNumber(String n) {
        if (!PARAGRAPH_NUMBER.matcher(n).matches()) {
            throw ApiProblem.badRequest("n: a paragraph number is 1 to 16 printable ASCII characters, such as 20 or 5A");
        }
    }
}
