package org.cablegate.pages;

import org.cablegate.share.PageCable;
import org.cablegate.share.PageParagraph;
import org.cablegate.share.ParagraphPageModel;

import java.util.List;

/** The data the site's templates render: records of plain values, every one escaped by Qute when written. */
public final class PageViews {

    private PageViews() {
    }

    /** A link with an optional count: a tag, an origin, a year, a facet value, a reference. */
    public record LinkItem(String label, String href, Long count) {
        static LinkItem of(String label, String href) {
            return new LinkItem(label, href, null);
        }
    }

    /** A cable in a list: search hit, list page, home page, similar cables. */
    public record CableItem(String refId, String subject, String date, String classification, LinkItem origin,
                            String href, List<MatchItem> matches) {
    }

    /** A paragraph a search matched: its key, permalink and excerpt (HTML-escaped by the index, words in mark). */
    public record MatchItem(String n, String href, String excerptHtml) {
    }

    /** A paragraph with its text cut into runs of plain text and facts, and its facts listed. */
    public record ParagraphBlock(PageParagraph p, List<FactMarks.Segment> segments, List<FactMarks.Mark> facts) {
    }

    /** A version of a cable and the link to what changed from the one before. */
    public record VersionItem(int version, String released, String imported, String diffUrl, String changes) {
    }

    /** What the head of every page carries besides its title. */
    public record Head(String title, String description, String canonical, String alternateJson, String oembed,
                       String jsonLd) {
    }

    public record CablePageView(Head head, PageCable cable, List<ParagraphBlock> paragraphs, List<LinkItem> tags,
                                LinkItem origin, LinkItem classification, LinkItem year, List<LinkItem> cites,
                                List<LinkItem> citedBy, String similarHref, List<VersionItem> versions,
                                String diffUrl) {
    }

    public record ShareAction(String network, String label, String href, String text) {
    }

    public record ParagraphPageView(Head head, ParagraphPageModel page, ParagraphBlock block, ContextItem previous,
                                    ContextItem next, List<ShareAction> shares, String mastodonAction,
                                    String mastodonText, LinkItem origin, String paragraphCount) {
    }

    /** The paragraph before or after: its key, link and beginning. */
    public record ContextItem(String n, String href, String text) {
    }

    /** A list or search page: its items, facets, and links to the next page. */
    public record ListPageView(Head head, String heading, String q, String intro, long total, boolean totalIsExact,
                               List<CableItem> items, List<Facet> facets, List<LinkItem> filters, String nextHref,
                               String firstHref, String problem) {
    }

    /** One facet dimension on a search page: its values as links that narrow the search. */
    public record Facet(String name, List<LinkItem> values) {
    }

    public record HomeView(Head head, List<CableItem> onThisDay, String today, List<ChangeItem> changes,
                           List<LinkItem> origins, List<LinkItem> tags, List<LinkItem> classifications,
                           List<LinkItem> years, long cables) {
    }

    /** A change to a cable: lifted redactions say what they lifted. */
    public record ChangeItem(String refId, String subject, int version, String date, String diffUrl, int lifted,
                             String liftedText, String changes) {
    }
}
