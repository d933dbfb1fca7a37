package org.cablegate.search;

import org.cablegate.domain.Cable;
import org.cablegate.ingest.ParsedCable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one cable, whichever way it arrived (a parsed cable, a stored entity, rows read back by
 * the rebuild): everything searched, and everything a hit shows without asking the database.
 *
 * @param references   reference IDs the cable cites ({@code 06STATE154928}); labels that resolve to none are dropped
 * @param people       the "Classified By:" line and the signer: who wrote the cable, searchable by name
 * @param paragraphs   body paragraphs in document order
 * @param contentHash  the stored content's hash (persistence's ContentHash), or null when not known: lets the
 *                     change-log follower skip a cable the index already holds in that content
 */
public record IndexedCable(String refId, Instant created, Instant released, String classification, String origin,
                           String subject, List<String> tags, List<String> references, List<String> people,
                           List<IndexedParagraph> paragraphs, String contentHash) {

    public IndexedCable(String refId, Instant created, Instant released, String classification, String origin,
                        String subject, List<String> tags, List<String> references, List<String> people,
                        List<IndexedParagraph> paragraphs) {
        this(refId, created, released, classification, origin, subject, tags, references, people, paragraphs, null);
    }

    /** The same cable, known to hold the content of this hash. */
    public IndexedCable withContentHash(String hash) {
        return new IndexedCable(refId, created, released, classification, origin, subject, tags, references, people,
                paragraphs, hash);
    }

    /** One paragraph: its key {@code n}, the heading it stands under (or null), its text. */
    public record IndexedParagraph(String n, String heading, String text) {
    }

    public static IndexedCable of(ParsedCable c) {
        var caption = c.caption();
        return new IndexedCable(c.refId(), c.created(), c.released(), c.classification(), c.origin(),
                caption.subject(), List.copyOf(caption.tags()),
                caption.references().stream().map(r -> r.refId()).filter(Objects::nonNull).toList(),
                people(caption.classifiedBy(), caption.signer()),
                c.paragraphs().stream().map(p -> new IndexedParagraph(p.n(), p.heading(), p.text())).toList());
    }

    /** From an entity whose collections are loaded (as they are while it is being written). */
    public static IndexedCable of(Cable c) {
        return new IndexedCable(c.refId, c.created, c.released, c.classification, c.origin, c.subject,
                List.copyOf(c.tags),
                c.references.stream().map(r -> r.targetRefId).filter(Objects::nonNull).toList(),
                people(c.classifiedBy, c.signer),
                c.paragraphs.stream().map(p -> new IndexedParagraph(p.n, p.heading, p.text)).toList());
    }

    static List<String> people(String classifiedBy, String signer) {
        return java.util.stream.Stream.of(classifiedBy, signer).filter(Objects::nonNull).toList();
    }
}
