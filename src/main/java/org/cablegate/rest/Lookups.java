package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Cable;
import org.cablegate.domain.StoredParagraph;
import org.cablegate.persistence.CableQueries;
import org.cablegate.persistence.CableReads;
import org.cablegate.persistence.FactRow;
import org.cablegate.persistence.ParagraphReads;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Finds what a path names, or answers 404 saying what was not found. Reference IDs match in any case. */
@ApplicationScoped
public class Lookups {

    private final CableQueries queries;
    private final ParagraphReads reads;
    private final CableReads cables;

    public Lookups(CableQueries queries, ParagraphReads reads, CableReads cables) {
        this.queries = queries;
        this.reads = reads;
        this.cables = cables;
    }

    /**
     * Reference IDs are ASCII letters and digits; paragraph numbers printable ASCII. Checked before the database sees
     * them: its collation ignores control and invisible characters and folds digits of other scripts, so
     * {@code 06ASTANA\u0000590} or paragraph {@code \u0663} would otherwise find 06ASTANA590 and paragraph 3.
     */
    private static final Pattern REF_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("[!-~]{1,16}");

    public Cable cable(String refId) {
        return queries.cable(checkedRefId(refId))
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
    }

    /** The cable with its children and {@code extra}, without entities (the reads a cache miss makes). */
    public CableReads.CableRead cableRead(String refId, CableReads.Extra extra) {
        return cables.cable(checkedRefId(refId), extra)
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
    }

    /** The cable's own row alone, without entities. */
    public CableReads.CableRow cableRow(String refId) {
        return cables.row(checkedRefId(refId))
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
    }

    /**
     * The cable with its children, paragraph {@code n} (or, when missing and {@code n} has leading zeros, the one
     * without them) wanted, and that paragraph's facts: 404 naming the cable or the paragraph when missing, 400 for a
     * malformed paragraph number, in that order, as the entity way answered.
     */
    public CableReads.CableRead paragraphRead(String refId, String n) {
        var ref = checkedRefId(refId);
        var read = cables.paragraph(ref, n, n.matches("0+\\d+") ? n.replaceFirst("^0+", "") : null)
                .orElseThrow(() -> ApiProblem.notFound("No cable with reference ID " + refId));
        requireParagraphNumber(n);
        if (read.wanted() < 0) {
            throw ApiProblem.notFound("Cable " + read.cable().refId() + " has no paragraph " + n);
        }
        return read;
    }

    /** Paragraph {@code n} of cable {@code refId} in one query, without entities (the reads a cache miss makes). */
    public ParagraphReads.ParagraphRow paragraphRow(String refId, String n) {
        var ref = checkedRefId(refId);
        checkParagraphNumber(refId, n);
        return found(() -> reads.paragraph(ref, n), refId, n);
    }

    /** The paragraph and its facts (the posts' protected spans), without entities. */
    public ParagraphReads.ParagraphWithFacts paragraphWithFacts(String refId, String n) {
        var ref = checkedRefId(refId);
        checkParagraphNumber(refId, n);
        return found(() -> reads.paragraphWithFacts(ref, n), refId, n);
    }

    /** The facts of a cable, or of one of its paragraphs when {@code n} is not null, of one type when not null. */
    public List<FactRow> facts(String refId, String n, String type) {
        var ref = checkedRefId(refId);
        if (n != null) {
            checkParagraphNumber(refId, n);
        }
        return found(() -> reads.facts(ref, n, type), refId, n);
    }

    /**
     * The answer of a one-query read, or the 404 that says which of cable and paragraph is missing (asked again the
     * entity way, which tells them apart; a miss is rare and its answer is not cached either way).
     */
    private <T> T found(Supplier<Optional<T>> read, String refId, String n) {
        var answer = read.get();
        if (answer.isPresent()) {
            return answer.get();
        }
        var cable = cable(refId);
        if (n != null) {
            paragraph(cable, n);
        }
        // Written between the two reads: the one-query read sees it now.
        return read.get().orElseThrow(() -> n == null ? ApiProblem.notFound("No cable with reference ID " + refId)
                : ApiProblem.notFound("Cable " + cable.refId + " has no paragraph " + n));
    }

    /** A malformed paragraph number answers as the entity way did: 404 for a missing cable first, then 400. */
    private void checkParagraphNumber(String refId, String n) {
        if (!PARAGRAPH_NUMBER.matcher(n).matches()) {
            paragraph(cable(refId), n);
        }
    }

    private static String checkedRefId(String refId) {
        if (!REF_ID.matcher(refId.trim()).matches()) {
            throw ApiProblem.badRequest("refId: a reference ID is 1 to 64 ASCII letters and digits, such as 06ASTANA590");
        }
        return refId.trim().toUpperCase(Locale.ROOT);
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
