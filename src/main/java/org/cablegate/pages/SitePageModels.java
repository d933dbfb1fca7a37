package org.cablegate.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.domain.Cable;
import org.cablegate.persistence.CableReads;
import org.cablegate.persistence.ParagraphReads;
import org.cablegate.persistence.FactRow;
import org.cablegate.search.CableSearchIndex;
import org.cablegate.search.SearchHit;
import org.cablegate.share.Network;
import org.cablegate.share.PageParagraph;
import org.cablegate.share.Permalinks;
import org.cablegate.share.ShareParagraph;
import org.cablegate.share.SnippetBuilder;
import org.cablegate.share.TextSpan;
import org.cablegate.versions.CableVersions;
import org.cablegate.pages.PageViews.CableItem;
import org.cablegate.pages.PageViews.CablePageView;
import org.cablegate.pages.PageViews.ContextItem;
import org.cablegate.pages.PageViews.Head;
import org.cablegate.pages.PageViews.LinkItem;
import org.cablegate.pages.PageViews.ListPageView;
import org.cablegate.pages.PageViews.ParagraphBlock;
import org.cablegate.pages.PageViews.ParagraphPageView;
import org.cablegate.pages.PageViews.ShareAction;
import org.cablegate.pages.PageViews.VersionItem;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the cable and paragraph pages' data: facts in the text, references both ways, versions, similar, shares. */
@ApplicationScoped
public class SitePageModels {

    static final int SIMILAR_PAGE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PageModels models;
    private final CableVersions versions;
    private final CableSearchIndex index;
    private final Permalinks permalinks;
    private final SnippetBuilder posts = new SnippetBuilder();

    public SitePageModels(PageModels models, CableVersions versions,
                          CableSearchIndex index, Permalinks permalinks) {
        this.models = models;
        this.versions = versions;
        this.index = index;
        this.permalinks = permalinks;
    }

    /** The whole cable's page from one read of its rows, citing cables and facts (no entity). */
    CablePageView cable(CableReads.CableRead read) {
        var c = read.cable();
        var page = models.cable(read, read.paragraphs());
        var byParagraph = factsByParagraph(read.facts());
        var blocks = new ArrayList<ParagraphBlock>(page.paragraphs().size());
        int first = 1;
        for (var p : page.paragraphs()) {
            var rows = byParagraph.getOrDefault(p.n(), List.of());
            blocks.add(block(p, rows, first));
            first += rows.size();
        }
        var tags = read.tags().stream().map(t -> LinkItem.of(t, SiteLinks.tag(t))).toList();
        var cites = page.references().stream()
                .map(r -> new LinkItem(r.label() + (r.refId() != null && !r.refId().equals(r.label())
                        ? " (" + r.refId() + ")" : ""), r.href() == null ? null : SiteLinks.cable(r.refId()), null))
                .toList();
        var citedBy = read.referencedBy().stream().map(r -> LinkItem.of(r, SiteLinks.cable(r))).toList();
        var history = versions.history(c.id());
        var versionItems = new ArrayList<VersionItem>();
        for (int i = 0; i < history.size(); i++) {
            var v = history.rows().get(i);
            versionItems.add(new VersionItem(v.version(), v.released() == null ? null : DAY.format(v.released()),
                    TIME.format(v.importedAt()),
                    i == 0 ? null : "/c/" + c.refId() + "/diff?from=" + (i) + "&to=" + (i + 1), null));
        }
        var description = description(c, page.paragraphs());
        var jsonLd = JsonLd.write(JsonLd.cable(page.permalink(), c.refId(), c.subject(), c.created().toString(),
                c.origin(), c.classification(), read.tags(), description));
        var head = new Head(page.title(), description, page.permalink(), permalinks.apiCable(c.refId()),
                oembed(page.permalink()), jsonLd);
        return new CablePageView(head, page, blocks, tags,
                c.origin() == null ? null : LinkItem.of(c.origin(), SiteLinks.origin(c.origin())),
                c.classification() == null ? null
                        : LinkItem.of(c.classification(), SiteLinks.classification(c.classification())),
                LinkItem.of(String.valueOf(c.created().atZone(ZoneOffset.UTC).getYear()), SiteLinks.year(c.created())),
                cites, citedBy, SiteLinks.similar(c.refId()), versionItems.size() > 1 ? versionItems : List.of(),
                versionItems.size() > 1 ? page.permalink() + "/diff" : null);
    }

    /** A paragraph's page from one read of its cable's rows with the paragraph wanted and its facts (no entity). */
    ParagraphPageView paragraph(CableReads.CableRead read) {
        var c = read.cable();
        var all = read.paragraphs();
        int at = read.wanted();
        var paragraph = read.paragraph();
        var page = models.cable(read, List.of(paragraph));
        var model = models.paragraph(page, page.paragraphs().get(0));
        var rows = read.facts();
        var block = block(page.paragraphs().get(0), rows, 1);
        var previous = at > 0 ? context(c.refId(), all.get(at - 1)) : null;
        var next = at < all.size() - 1 ? context(c.refId(), all.get(at + 1)) : null;
        var share = share(read);
        var x = posts.build(share, Network.TWITTER, null, null);
        var bluesky = posts.build(share, Network.BLUESKY, null, null);
        var mastodon = posts.build(share, Network.MASTODON, null, null);
        var shares = List.of(
                new ShareAction("x", "Post on X", x.intentUrl(), x.text()),
                new ShareAction("bluesky", "Post on Bluesky", bluesky.intentUrl(), bluesky.text()));
        var jsonLd = JsonLd.write(JsonLd.paragraph(model.canonicalUrl(), page.permalink(), c.refId(), paragraph.n(),
                c.subject(), c.created().toString(), paragraph.text(), model.imageUrl()));
        var head = new Head(model.title(), model.description(), model.canonicalUrl(),
                permalinks.apiCable(c.refId()) + "/paragraphs/" + Sitemaps.segment(paragraph.n()),
                oembed(model.canonicalUrl()), jsonLd);
        return new ParagraphPageView(head, model, block, previous, next, shares,
                SiteLinks.paragraph(c.refId(), paragraph.n()) + "/share/mastodon", mastodon.text(),
                c.origin() == null ? null : LinkItem.of(c.origin(), SiteLinks.origin(c.origin())),
                (at + 1) + " of " + all.size());
    }

    /**
     * The page of cables like {@code c}, best first. A page of its own rather than a section of the cable's page: a
     * similarity search costs several times the rest of that page, and crawlers reading every cable need none.
     */
    ListPageView similar(CableReads.CableRow c) {
        var heading = "Cables like " + c.refId();
        var items = index.similar(c.refId(), SIMILAR_PAGE).stream().map(SitePageModels::item).toList();
        var head = new Head(heading, "The cables whose text is nearest to " + c.refId()
                + (c.subject() == null ? "" : " (" + c.subject() + ")") + ", best first.",
                permalinks.baseUrl() + SiteLinks.similar(c.refId()), permalinks.apiCable(c.refId()) + "/similar",
                null, null);
        var intro = items.isEmpty() ? "The search index does not hold this cable yet; its similar cables will be "
                + "listed once it does." : null;
        return new ListPageView(head, heading, null, intro, 0, true, items, List.of(), List.of(), null, null, null);
    }

    /** The post for Mastodon on the reader's own instance: what the share page hands over, nothing kept. */
    String mastodonIntent(CableReads.CableRead read, String instance) {
        return posts.build(share(read), Network.MASTODON, null, instance).intentUrl();
    }

    private ShareParagraph share(CableReads.CableRead read) {
        var refId = read.cable().refId();
        var paragraph = read.paragraph();
        return new ShareParagraph(refId, paragraph.n(), paragraph.text(), permalinks.paragraph(refId, paragraph.n()),
                read.facts().stream().map(f -> new TextSpan(f.start(), f.end(), f.id())).toList());
    }

    String oembed(String url) {
        return "/oembed?url=" + SiteLinks.query(url) + "&format=json";
    }

    private static ContextItem context(String refId, ParagraphReads.ParagraphRow p) {
        return new ContextItem(p.n(), SiteLinks.paragraph(refId, p.n()),
                PageModels.CablePagesText.description(p.text()));
    }

    private static Map<String, List<FactRow>> factsByParagraph(List<FactRow> facts) {
        var out = new LinkedHashMap<String, List<FactRow>>();
        for (var f : facts) {
            out.computeIfAbsent(f.n(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static ParagraphBlock block(PageParagraph p, List<FactRow> rows, int first) {
        var marks = FactMarks.marks(rows, first);
        return new ParagraphBlock(p, FactMarks.segments(p.text(), rows, marks), marks);
    }

    private static String description(CableReads.CableRow c, List<PageParagraph> paragraphs) {
        if (c.summary() != null && !c.summary().isBlank()) {
            return PageModels.CablePagesText.description(c.summary());
        }
        return paragraphs.stream().map(PageParagraph::text).filter(Objects::nonNull).filter(t -> !t.isBlank())
                .findFirst().map(PageModels.CablePagesText::description)
                .orElse(c.subject() == null ? c.refId() : c.subject());
    }

    static CableItem item(SearchHit h) {
        return new CableItem(h.refId(), h.subject(), DAY.format(h.created()), h.classification(),
                h.origin() == null ? null : LinkItem.of(h.origin(), SiteLinks.origin(h.origin())),
                SiteLinks.cable(h.refId()),
                h.paragraphs().stream().map(m -> new PageViews.MatchItem(m.n(), SiteLinks.paragraph(h.refId(), m.n()),
                        m.excerpt())).toList());
    }

    static CableItem item(Cable c) {
        return new CableItem(c.refId, c.subject, DAY.format(c.created), c.classification,
                c.origin == null ? null : LinkItem.of(c.origin, SiteLinks.origin(c.origin)), SiteLinks.cable(c.refId),
                List.of());
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }
}
