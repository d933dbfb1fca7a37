package org.cablegate.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.cablegate.problem.Problem;
import org.cablegate.share.Permalinks;
import org.cablegate.versions.CableDiff;
import org.cablegate.versions.WordDiff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The diff between two versions of a cable as a page for people, lifted and added redactions marked. */
@Path("/c/{refId}/diff")
@Tag(name = "Permalinks")
public class CableDiffPageResource {

    private static final int PAGE_MAX_AGE = 300;
    private static final int DESCRIPTION_MAX = 200;

    private final VersionViews versions;
    private final Permalinks permalinks;
    private final Template page;

    public CableDiffPageResource(VersionViews versions, Permalinks permalinks,
                                 @Location("CableDiffPage/diff.html") Template page) {
        this.versions = versions;
        this.permalinks = permalinks;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getCableDiffPage", summary = "What changed between two versions of a cable, as a page",
            description = "Same `from` and `to` as the diff resource; redactions lifted and added are marked.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such cable or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response diff(@Parameter(example = "06MADRID76") @PathParam("refId") String refId,
                         @Parameter(example = "1") @QueryParam("from") Integer from,
                         @Parameter(example = "2") @QueryParam("to") Integer to,
                         @Context Request request) {
        var found = versions.find(refId);
        var range = versions.range(found.history(), from, to);
        var diff = versions.diff(found.history(), range[0], range[1]);
        var html = page.data("page", model(found, range[0], range[1], diff)).render();
        var tag = new EntityTag(Integer.toHexString(html.hashCode()));
        var cache = new CacheControl();
        cache.setMaxAge(PAGE_MAX_AGE);
        var notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache).build();
    }

    private DiffPageModel model(VersionViews.Found found, int from, int to, CableDiff diff) {
        var refId = found.cable().refId();
        var fields = new ArrayList<DiffPageModel.Block>();
        for (var f : diff.fields()) {
            fields.add(new DiffPageModel.Block(f.name(), "field-" + f.name(), "changed", null, pieces(f.before(), f.after())));
        }
        var paragraphs = new ArrayList<DiffPageModel.Block>();
        int lifted = 0;
        int added = 0;
        for (var p : diff.paragraphs()) {
            paragraphs.add(new DiffPageModel.Block("\u00B6" + p.n(), "par" + p.n(), p.change(),
                    permalinks.paragraph(refId, p.n()), pieces(p.before(), p.after())));
        }
        for (var s : allSpans(diff)) {
            if ("lifted".equals(s)) {
                lifted++;
            } else if ("added".equals(s)) {
                added++;
            }
        }
        var subject = versions.content(found, to).fields().get("subject");
        var title = refId + ": version " + from + " \u2192 " + to;
        var description = description(diff, lifted, added);
        var canonical = permalinks.cable(refId) + "/diff?from=" + from + "&to=" + to;
        return new DiffPageModel(refId, subject, from, to,
                IntStream.rangeClosed(1, found.history().size()).boxed().toList(), title, description, canonical,
                permalinks.cable(refId), permalinks.apiCable(refId) + "/diff?from=" + from + "&to=" + to,
                card(found, diff), fields,
                paragraphs, lifted, added);
    }

    /**
     * The card unfurlers show: that of the first paragraph that lifted a redaction, else the first changed one, among
     * the paragraphs the current version has (cards and permalinks show the current text). Null when none is left.
     */
    private String card(VersionViews.Found found, CableDiff diff) {
        var h = found.history();
        var current = h.contents().get(h.size() - 1);
        var present = diff.paragraphs().stream()
                .filter(p -> p.after() != null && current.paragraph(p.n()) != null).toList();
        var lead = present.stream()
                .filter(p -> p.spans().stream().anyMatch(s -> "lifted".equals(s.redaction())))
                .findFirst().or(() -> present.stream().findFirst());
        return lead.map(p -> permalinks.paragraphCard(found.cable().refId(), p.n())).orElse(null);
    }

    private static List<String> allSpans(CableDiff diff) {
        var out = new ArrayList<String>();
        diff.fields().forEach(f -> f.spans().forEach(s -> out.add(s.redaction())));
        diff.paragraphs().forEach(p -> p.spans().forEach(s -> out.add(s.redaction())));
        return out;
    }

    private static String description(CableDiff diff, int lifted, int added) {
        var s = new StringBuilder();
        if (lifted > 0) {
            var first = diff.lifted().get(0).after();
            s.append(lifted == 1 ? "Redaction lifted: " : lifted + " redactions lifted, first: ")
                    .append('\u201C').append(first).append("\u201D. ");
        }
        if (added > 0) {
            s.append(added).append(added == 1 ? " redaction added. " : " redactions added. ");
        }
        if (!diff.fields().isEmpty()) {
            s.append("Changed: ").append(String.join(", ", diff.fields().stream().map(CableDiff.FieldChange::name)
                    .toList())).append(". ");
        }
        s.append(diff.paragraphs().size()).append(diff.paragraphs().size() == 1 ? " paragraph changed." : " paragraphs changed.");
        var text = s.toString();
        return text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1) + "\u2026";
    }

    private static List<DiffPageModel.Piece> pieces(String before, String after) {
        var out = new ArrayList<DiffPageModel.Piece>();
        for (var segment : WordDiff.segments(before, after)) {
            if (segment.same() != null) {
                out.add(new DiffPageModel.Piece("same", segment.same(), null));
                continue;
            }
            var span = segment.change();
            if (span.before() != null) {
                out.add(new DiffPageModel.Piece("del", span.before(), span.redaction()));
            }
            if (span.after() != null) {
                out.add(new DiffPageModel.Piece("ins", span.after(), span.redaction()));
            }
        }
        return out;
    }
}
