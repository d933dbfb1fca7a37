package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Cable;
import org.cablegate.domain.Recipient;
import org.cablegate.domain.StoredParagraph;
import org.cablegate.persistence.CableQueries;
import org.cablegate.persistence.CableReads;
import org.cablegate.persistence.ParagraphReads;
import org.cablegate.rest.dto.CableDetail;
import org.cablegate.rest.dto.CableSummary;
import org.cablegate.rest.dto.ParagraphView;
import org.cablegate.share.Permalinks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns entities into the API's records; entities never leave as JSON. */
@ApplicationScoped
public class CableViews {

    private final Permalinks permalinks;
    private final CableQueries queries;

    public CableViews(Permalinks permalinks, CableQueries queries) {
        this.permalinks = permalinks;
        this.queries = queries;
    }

    public CableSummary summary(Cable c) {
        return new CableSummary(c.refId, c.subject, c.created, c.released, c.classification, c.origin,
                List.copyOf(c.tags), c.paragraphCount, permalinks.cable(c.refId));
    }

    public ParagraphView paragraph(String refId, StoredParagraph p) {
        return new ParagraphView(refId, p.n, p.position, p.marking, p.heading, p.text, p.fingerprint,
                permalinks.paragraph(refId, p.n));
    }

    public ParagraphView paragraph(ParagraphReads.ParagraphRow p) {
        return new ParagraphView(p.refId(), p.n(), p.position(), p.marking(), p.heading(), p.text(), p.fingerprint(),
                permalinks.paragraph(p.refId(), p.n()));
    }

    public List<ParagraphView> paragraphs(Cable c) {
        return queries.paragraphs(c).stream().map(p -> paragraph(c.refId, p)).toList();
    }

    /** The whole cable from one read of its rows (no entity): the cable's JSON and a version's. */
    public CableDetail detail(CableReads.CableRead read) {
        var c = read.cable();
        var to = new ArrayList<CableDetail.RecipientView>();
        var info = new ArrayList<CableDetail.RecipientView>();
        for (var r : read.recipients()) {
            (Recipient.INFO.equals(r.kind()) ? info : to).add(new CableDetail.RecipientView(r.name(), r.precedence()));
        }
        var header = new CableDetail.Header(c.transmissionId(), c.precedence(), c.dtg(), c.sender(), to, info,
                c.sipdis(), c.caveats() == null ? List.of() : Arrays.asList(c.caveats().split(" ")), c.eo(),
                c.declassifyOn());
        var references = read.references().stream()
                .map(r -> reference(r.letter(), r.label(), r.targetRefId(), r.inCorpus()))
                .toList();
        var referencedBy = read.referencedBy().stream()
                .map(refId -> reference(null, refId, refId, true))
                .toList();
        var paragraphs = read.paragraphs().stream().map(this::paragraph).toList();
        return new CableDetail(c.refId(), c.subject(), c.created(), c.released(), c.classification(), c.origin(),
                List.copyOf(read.tags()), c.paragraphCount(), permalinks.cable(c.refId()), header, references,
                referencedBy, c.classifiedBy(), c.signer(), c.summary(), paragraphs);
    }

    private CableDetail.ReferenceView reference(String letter, String label, String refId, boolean inCorpus) {
        return new CableDetail.ReferenceView(letter, label, refId, inCorpus,
                inCorpus ? permalinks.apiCable(refId) : null);
    }
}
