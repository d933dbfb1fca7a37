package org.cablegate.share;

/** What one paragraph's page shows, and the tags that make its link unfurl. */
public record ParagraphPageModel(PageCable cable, PageParagraph paragraph, String canonicalUrl, String cableUrl,
                                 String imageUrl, String description, String siteName) {

    /** "06ASTANA590 ¶20: KAZAKHSTAN: …" */
    public String title() {
        var subject = cable.subject();
        return cable.refId() + " ¶" + paragraph.n() + (subject == null ? "" : ": " + subject);
    }
}
