package org.cablegate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.CableReads;
import org.cablegate.ingest.Fingerprints;
import org.cablegate.rest.dto.CableDetail;
import org.cablegate.rest.dto.CableDiffView;
import org.cablegate.rest.dto.CableVersion;
import org.cablegate.rest.dto.ParagraphView;
import org.cablegate.share.Permalinks;
import org.cablegate.versions.CableDiff;
import org.cablegate.versions.CableDiffer;
import org.cablegate.versions.CableHistory;
import org.cablegate.versions.CableVersions;
import org.cablegate.versions.Lifts;
import org.cablegate.versions.VersionContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the versions resources of one cable from its history. */
@ApplicationScoped
public class VersionViews {

    private static final org.cablegate.share.ChangePostBuilder POSTS = new org.cablegate.share.ChangePostBuilder();

    private final Lookups lookups;
    private final CableVersions versions;
    private final CableViews views;
    private final Permalinks permalinks;

    public VersionViews(Lookups lookups, CableVersions versions, CableViews views, Permalinks permalinks) {
        this.lookups = lookups;
        this.versions = versions;
        this.views = views;
        this.permalinks = permalinks;
    }

    /** A cable (its own row) and its history; 404 when there is no such cable. */
    record Found(CableReads.CableRow cable, CableHistory history) {
    }

    Found find(String refId) {
        var cable = lookups.cableRow(refId);
        var history = versions.history(cable.id());
        if (history == null) {
            throw ApiProblem.notFound("No cable with reference ID " + refId);
        }
        return new Found(cable, history);
    }

    List<CableVersion> list(Found found) {
        var h = found.history();
        var out = new ArrayList<CableVersion>(h.size());
        for (int i = 0; i < h.size(); i++) {
            var row = h.rows().get(i);
            var content = h.contents().get(i);
            var changed = i == 0 ? List.<String>of() : CableDiffer.diff(h.contents().get(i - 1), content).changedParagraphs();
            out.add(new CableVersion(i + 1, row.released(), row.importedAt(), row.contentHash(),
                    content.fields().get("subject"), content.paragraphs().size(), content.redactions(), changed,
                    i == h.size() - 1));
        }
        return out;
    }

    /** The cable as version {@code v} showed it: the current detail with that version's caption and paragraphs. */
    CableDetail detail(Found found, int v) {
        var h = found.history();
        checkVersion(h, v, "version");
        var content = h.contents().get(v - 1);
        var current = views.detail(lookups.cableRead(found.cable().refId(), CableReads.Extra.CITED_BY));
        if (v == h.size()) {
            return current;
        }
        var refId = current.refId();
        var f = content.fields();
        var paragraphs = new ArrayList<ParagraphView>();
        int position = 0;
        for (var p : content.paragraphs()) {
            paragraphs.add(new ParagraphView(refId, p.n(), position++, p.marking(), p.heading(), p.text(),
                    Fingerprints.of(p.text()), permalinks.paragraph(refId, p.n())));
        }
        var tags = f.get("tags") == null ? List.<String>of() : Arrays.asList(f.get("tags").split(", "));
        return new CableDetail(refId, f.get("subject"), current.created(), h.rows().get(v - 1).released(),
                f.get("classification"), f.get("origin"), tags, paragraphs.size(), current.permalink(),
                current.header(), current.references(), current.referencedBy(), f.get("classifiedBy"), f.get("signer"),
                f.get("summary"), paragraphs);
    }

    /** Resolved {@code from} and {@code to}: by default the version before the current, and the current. */
    int[] range(CableHistory h, Integer from, Integer to) {
        int t = to == null ? h.size() : to;
        int f = from == null ? Math.max(1, t - 1) : from;
        checkVersion(h, f, "from");
        checkVersion(h, t, "to");
        return new int[]{f, t};
    }

    CableDiff diff(CableHistory h, int from, int to) {
        return CableDiffer.diff(h.contents().get(from - 1), h.contents().get(to - 1));
    }

    CableDiffView diffView(Found found, int from, int to) {
        var diff = diff(found.history(), from, to);
        var fields = diff.fields().stream()
                .map(f -> new CableDiffView.FieldChange(f.name(), f.before(), f.after())).toList();
        var paragraphs = diff.paragraphs().stream()
                .map(p -> new CableDiffView.ParagraphChange(p.n(), p.change(), p.before(), p.after(),
                        p.spans().stream().map(s -> new CableDiffView.SpanView(s.op(), s.before(), s.after(),
                                s.redaction())).toList()))
                .toList();
        return new CableDiffView(found.cable().refId(), from, to, fields, paragraphs);
    }

    /**
     * The post quoting the {@code lift}-th redaction (from 1) that version {@code v} lifted; 404 when it lifted fewer.
     */
    org.cablegate.share.Snippet liftPost(Found found, int v, int lift, org.cablegate.share.Network network,
                                         String instance) {
        var h = found.history();
        checkVersion(h, v, "version");
        var lifts = v == 1 ? List.<Lifts.Lift>of() : Lifts.between(diff(h, v - 1, v));
        if (lift < 1 || lift > lifts.size()) {
            throw ApiProblem.notFound("Version " + v + " of " + found.cable().refId() + (lifts.isEmpty()
                    ? " lifted no redaction" : " lifted " + lifts.size() + " redaction" + (lifts.size() == 1 ? "" : "s")
                    + ", not " + lift));
        }
        var l = lifts.get(lift - 1);
        var refId = found.cable().refId();
        var quoted = new org.cablegate.share.ChangePostBuilder.LiftedText(refId, l.field() ? l.where() : "\u00B6" + l.where(),
                l.text(), l.start(), l.end(), l.field() ? permalinks.cable(refId) : permalinks.paragraph(refId, l.where()));
        return POSTS.build(quoted, network, instance);
    }

    VersionContent content(Found found, int v) {
        return found.history().contents().get(v - 1);
    }

    private static void checkVersion(CableHistory h, int v, String name) {
        if (v < 1 || v > h.size()) {
            throw ApiProblem.notFound(name + ": the cable has version" + (h.size() == 1 ? " 1" : "s 1 to " + h.size())
                    + ", not " + v);
        }
    }
}
