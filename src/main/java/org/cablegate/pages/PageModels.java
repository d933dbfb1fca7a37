package org.cablegate.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Recipient;
import org.cablegate.persistence.CableReads;
import org.cablegate.persistence.ParagraphReads;
import org.cablegate.share.PageCable;
import org.cablegate.share.PageHeader;
import org.cablegate.share.PageParagraph;
import org.cablegate.share.PageReference;
import org.cablegate.share.ParagraphPageModel;
import org.cablegate.share.Permalinks;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds the data the permalink pages render, from stored cables. */
@ApplicationScoped
public class PageModels {

    static final String SITE_NAME = "Cablegate API";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Permalinks permalinks;

    public PageModels(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    /** The page's data from one read of the cable's rows, with these of its paragraphs. */
    public PageCable cable(CableReads.CableRead read, List<ParagraphReads.ParagraphRow> paragraphs) {
        var c = read.cable();
        var to = read.recipients().stream().filter(r -> Recipient.TO.equals(r.kind())).map(CablePagesText::recipient)
                .toList();
        var info = read.recipients().stream().filter(r -> Recipient.INFO.equals(r.kind()))
                .map(CablePagesText::recipient).toList();
        var header = new PageHeader(c.precedence(), c.dtg(), c.sender(), to, info, c.sipdis(), c.eo());
        var references = read.references().stream()
                .map(r -> new PageReference(r.label(), r.targetRefId(),
                        r.inCorpus() ? permalinks.cable(r.targetRefId()) : null))
                .toList();
        var pageParagraphs = new java.util.ArrayList<PageParagraph>(paragraphs.size());
        String previousHeading = null;
        for (var p : paragraphs) {
            pageParagraphs.add(new PageParagraph(p.n(), p.marking(), p.heading(), p.text(),
                    permalinks.paragraph(c.refId(), p.n()), p.fingerprint(),
                    p.heading() != null && !p.heading().equals(previousHeading)));
            previousHeading = p.heading();
        }
        return new PageCable(c.refId(), c.subject(), TIME.format(c.created()),
                c.released() == null ? null : TIME.format(c.released()), c.classification(), c.origin(),
                List.copyOf(read.tags()), header, references, c.signer(), c.summary(), permalinks.cable(c.refId()),
                pageParagraphs);
    }

    public ParagraphPageModel paragraph(PageCable cable, PageParagraph paragraph) {
        return new ParagraphPageModel(cable, paragraph, paragraph.permalink(),
                permalinks.paragraphInCable(cable.refId(), paragraph.n()),
                permalinks.paragraphCard(cable.refId(), paragraph.n()),
                CablePagesText.description(paragraph.text()), SITE_NAME);
    }

    /** Small text helpers for the pages. */
    public static final class CablePagesText {

        private static final int DESCRIPTION = 200;

        private CablePagesText() {
        }

        static String recipient(CableReads.RecipientRow r) {
            return r.precedence() == null ? r.name() : r.name() + " " + r.precedence();
        }

        /** About 200 characters, cut at a word end. */
        public static String description(String text) {
            if (text.length() <= DESCRIPTION) {
                return text;
            }
            var cut = text.lastIndexOf(' ', DESCRIPTION - 1);
            return text.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1) + "…";
        }
    }
}
