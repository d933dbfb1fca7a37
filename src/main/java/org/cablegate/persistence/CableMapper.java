package org.cablegate.persistence;

import org.cablegate.domain.Cable;
import org.cablegate.domain.CableReference;
import org.cablegate.domain.Recipient;
import org.cablegate.domain.StoredParagraph;
import org.cablegate.ingest.CableHeader;
import org.cablegate.ingest.ParsedCable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Copies a parsed cable onto its entity, keeping paragraph rows (and so their keys) wherever the key survives. */
final class CableMapper {

    private CableMapper() {
    }

    static void copy(ParsedCable parsed, Cable cable) {
        cable.refId = parsed.refId();
        cable.created = parsed.created();
        cable.released = parsed.released();
        cable.classification = parsed.classification();
        cable.origin = parsed.origin();
        cable.sourceFormat = parsed.format().name();

        var header = parsed.header();
        cable.transmissionId = header.transmissionId();
        cable.precedence = header.precedence();
        cable.dtg = header.dtg();
        cable.sender = header.from();
        cable.sipdis = header.sipdis();
        cable.caveats = header.caveats().isEmpty() ? null : String.join(" ", header.caveats());
        cable.eo = header.eo();
        cable.declassifyOn = header.declassifyOn();
        replace(cable.recipients, recipients(header));

        var caption = parsed.caption();
        cable.subject = caption.subject();
        cable.classifiedBy = caption.classifiedBy();
        cable.summary = caption.summary();
        cable.signer = caption.signer();
        replace(cable.tags, caption.tags());
        replace(cable.references, caption.references().stream()
                .map(r -> new CableReference(r.letter(), r.label(), r.refId()))
                .toList());

        copyParagraphs(parsed, cable);
        cable.paragraphCount = parsed.paragraphs().size();
    }

    private static List<Recipient> recipients(CableHeader header) {
        var all = new ArrayList<Recipient>();
        header.to().forEach(r -> all.add(new Recipient(Recipient.TO, r.name(), r.precedence())));
        header.info().forEach(r -> all.add(new Recipient(Recipient.INFO, r.name(), r.precedence())));
        return all;
    }

    /** Replaces a list's content only when it differs, so that Hibernate rewrites no unchanged collection. */
    private static <T> void replace(List<T> target, List<T> source) {
        if (!target.equals(source)) {
            target.clear();
            target.addAll(source);
        }
    }

    private static void copyParagraphs(ParsedCable parsed, Cable cable) {
        var existing = cable.paragraphs.stream()
                .collect(Collectors.toMap(p -> p.n, Function.identity(), (a, b) -> a, HashMap::new));
        var kept = new ArrayList<StoredParagraph>(parsed.paragraphs().size());
        for (var p : parsed.paragraphs()) {
            var stored = existing.remove(p.n());
            if (stored == null) {
                stored = new StoredParagraph();
                stored.cable = cable;
                stored.n = p.n();
            }
            stored.position = p.position();
            stored.marking = p.marking();
            stored.heading = p.heading();
            stored.text = p.text();
            stored.fingerprint = p.fingerprint();
            kept.add(stored);
        }
        // Orphan removal deletes the paragraphs whose key is gone.
        cable.paragraphs.clear();
        cable.paragraphs.addAll(kept);
    }
}
