package org.cablegate.share;

import java.util.List;

/** What the whole-cable page shows. */
public record PageCable(String refId, String subject, String created, String released, String classification,
                        String origin, List<String> tags, PageHeader header, List<PageReference> references,
                        String signer, String summary, String permalink, List<PageParagraph> paragraphs) {

    /** The page title: the subject, or the reference ID when the cable has none. */
    public String title() {
        return subject == null ? refId : refId + ": " + subject;
    }
}
