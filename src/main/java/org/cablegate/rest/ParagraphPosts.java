package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.rest.dto.SnippetThread;
import org.cablegate.rest.dto.SnippetView;
import org.cablegate.share.Network;
import org.cablegate.share.Permalinks;
import org.cablegate.share.ShareParagraph;
import org.cablegate.share.BlueskyRecord;
import org.cablegate.share.MastodonStatus;
import org.cablegate.share.Snippet;
import org.cablegate.share.SnippetBuilder;
import org.cablegate.share.TextSpan;

import java.util.List;

/** Builds the posts of one paragraph for the snippet and thread operations, checking their parameters. */
@ApplicationScoped
public class ParagraphPosts {

    private final Permalinks permalinks;
    private final SnippetBuilder builder = new SnippetBuilder();
    private final Lookups lookups;

    public ParagraphPosts(Permalinks permalinks, Lookups lookups) {
        this.permalinks = permalinks;
        this.lookups = lookups;
    }

    SnippetView post(String refId, String n, String network, String focus, String instance) {
        var target = network(network);
        var share = share(refId, n, instance);
        if (focus != null && share.protectedSpans().stream().noneMatch(s -> s.id().equals(focus))) {
            throw ApiProblem.badRequest("focus: paragraph " + share.n() + " of " + share.refId() + " has no fact " + focus);
        }
        return view(builder.build(share, target, focus, instance));
    }

    SnippetThread thread(String refId, String n, String network, String instance) {
        var target = network(network);
        var share = share(refId, n, instance);
        return new SnippetThread(builder.thread(share, target, instance).stream().map(ParagraphPosts::view).toList());
    }

    private ShareParagraph share(String refId, String n, String instance) {
        if (!instance.matches("[A-Za-z0-9.-]{1,253}")) {
            throw ApiProblem.badRequest("instance: '" + instance + "' is not a host name");
        }
        var read = lookups.paragraphWithFacts(refId, n);
        var paragraph = read.paragraph();
        var spans = read.facts().stream()
                .map(f -> new TextSpan(f.start(), f.end(), f.id()))
                .toList();
        return new ShareParagraph(paragraph.refId(), paragraph.n(), paragraph.text(),
                permalinks.paragraph(paragraph.refId(), paragraph.n()), spans);
    }

    private static Network network(String name) {
        try {
            return Network.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("network: " + e.getMessage());
        }
    }

    static SnippetView view(Snippet s) {
        var facets = s.facets().isEmpty() ? null : s.facets().stream()
                .map(f -> new SnippetView.FacetView(f.type(), f.byteStart(), f.byteEnd(), f.value()))
                .toList();
        return new SnippetView(s.network(), s.text(), s.length(), s.limit(), s.permalink(), s.hashtags(),
                s.truncated(), s.intentUrl(), facets, s.part(), s.parts(), s.excerpt(), record(s.record()),
                statusParams(s.statusParams()));
    }

    private static SnippetView.BlueskyPostRecord record(BlueskyRecord r) {
        if (r == null) {
            return null;
        }
        var facets = r.facets().stream().map(f -> new SnippetView.RichTextFacet(
                new SnippetView.ByteSlice(f.byteStart(), f.byteEnd()),
                List.of(f.uri() != null ? new SnippetView.RichTextFeature(SnippetView.RichTextFeature.LINK, f.uri(), null)
                        : new SnippetView.RichTextFeature(SnippetView.RichTextFeature.TAG, null, f.tag())))).toList();
        return new SnippetView.BlueskyPostRecord(BlueskyRecord.TYPE, r.text(), facets, r.langs());
    }

    private static SnippetView.MastodonStatusParams statusParams(MastodonStatus m) {
        return m == null ? null : new SnippetView.MastodonStatusParams(m.status(), m.visibility(), m.language());
    }
}
