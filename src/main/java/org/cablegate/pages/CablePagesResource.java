package org.cablegate.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.cablegate.persistence.CableReads;
import org.cablegate.problem.Problem;
import org.cablegate.rest.Lookups;
import org.cablegate.share.Permalinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * Permalink pages for people and for link unfurlers: the whole cable, one paragraph (with Open Graph and Twitter Card
 * tags, JSON-LD, oEmbed discovery and share actions), the Mastodon share step, and the paragraph's card image. Non-canonical reference IDs and paragraph numbers redirect (301).
 */
@Path("/c/{refId}")
@Tag(name = "Permalinks", description = "HTML pages and card images behind every permalink")
public class CablePagesResource {

    private static final int PAGE_MAX_AGE = 300;
    private static final int CARD_MAX_AGE = 86_400;

    private final Permalinks permalinks;
    private final ParagraphCards cards;
    private final Lookups lookups;
    private final Template cablePage;
    private final Template paragraphPage;
    private final Template mastodonPage;
    private final Template listPage;
    private final SitePageModels site;

    public CablePagesResource(Permalinks permalinks, ParagraphCards cards,
                              Lookups lookups, SitePageModels site,
                              @Location("pages/cable.html") Template cablePage,
                              @Location("pages/paragraph.html") Template paragraphPage,
                              @Location("pages/mastodon.html") Template mastodonPage,
                              @Location("pages/list.html") Template listPage) {
        this.permalinks = permalinks;
        this.cards = cards;
        this.lookups = lookups;
        this.cablePage = cablePage;
        this.paragraphPage = paragraphPage;
        this.mastodonPage = mastodonPage;
        this.listPage = listPage;
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getCablePage", summary = "The whole cable as a readable page; each paragraph has id=\"par{n}\"",
            description = "An HTML page for people; a reference ID in another case or form redirects (301) to the canonical one.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "301", description = "Redirect to the canonical reference ID")
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cable(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                          @Context Request request) {
        var read = lookups.cableRead(refId, CableReads.Extra.CITED_BY_AND_FACTS);
        var cable = read.cable();
        if (!cable.refId().equals(refId)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(permalinks.cable(cable.refId()))).build();
        }
        var html = cablePage.data("view", site.cable(read)).render();
        return html(request, html, cable.contentHash());
    }

    /** Cables like this one, from the search index: linked from the cable's page, which does not search. */
    @GET
    @Path("/similar")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response similar(@PathParam("refId") String refId, @Context Request request) {
        var cable = lookups.cableRow(refId);
        if (!cable.refId().equals(refId)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(permalinks.cable(cable.refId()) + "/similar")).build();
        }
        var html = listPage.data("view", site.similar(cable)).data("search", false).render();
        return html(request, html, cable.contentHash());
    }

    @GET
    @Path("/{n}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getParagraphPage", summary = "One paragraph's page, with canonical link, Open Graph and Twitter Card tags",
            description = "The page behind a paragraph permalink: the paragraph, its cable's metadata, a link to the whole cable, `<link rel=\"canonical\">`, Open Graph and Twitter Card tags for link unfurling.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "301", description = "Redirect to the canonical reference ID or paragraph number")
    @APIResponse(responseCode = "404", description = "No such cable or paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response paragraph(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                              @Parameter(example = "20") @PathParam("n") String n,
                              @Context Request request) {
        var read = lookups.paragraphRead(refId, n);
        var cable = read.cable();
        var paragraph = read.paragraph();
        if (!cable.refId().equals(refId) || !paragraph.n().equals(n)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(permalinks.paragraph(cable.refId(), paragraph.n()))).build();
        }
        var html = paragraphPage.data("view", site.paragraph(read)).render();
        return html(request, html, paragraph.fingerprint() + cable.contentHash());
    }

    /**
     * Sharing on Mastodon, without script: the paragraph page's form names the reader's instance, and this page
     * links to that instance's composer with the post. The instance is used for this answer only, never stored.
     */
    @GET
    @Path("/{n}/share/mastodon")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response shareOnMastodon(@PathParam("refId") String refId, @PathParam("n") String n,
                                    @QueryParam("instance") String instance) {
        var read = lookups.paragraphRead(refId, n);
        var host = instance == null ? "" : instance.strip().replaceFirst("^https?://", "").replaceFirst("/.*$", "")
                .replaceFirst("^@?[^@]*@", "");
        var valid = host.matches("[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+") && host.length() <= 253;
        var view = site.paragraph(read);
        var html = mastodonPage.data("view", view).data("instance", valid ? host : null)
                .data("given", instance == null ? "" : instance)
                .data("intent", valid ? site.mastodonIntent(read, host) : null).render();
        var cache = new CacheControl();
        cache.setNoStore(true);
        return Response.status(valid ? 200 : 400).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(cache).build();
    }

    @GET
    @Path("/{n}/card.png")
    @Produces("image/png")
    @Operation(operationId = "getParagraphCard", summary = "The paragraph's 1200×630 card image (og:image)",
            description = "A PNG picture of the paragraph with its cable's reference ID, subject and date, used as the page's `og:image`.")
    @APIResponse(responseCode = "200", description = "PNG, 1200×630", content = @Content(mediaType = "image/png"))
    @APIResponse(responseCode = "404", description = "No such cable or paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response card(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                         @Parameter(example = "20") @PathParam("n") String n,
                         @Context Request request) {
        var read = lookups.paragraphRead(refId, n);
        var cable = read.cable();
        var paragraph = read.paragraph();
        var tag = new EntityTag(paragraph.fingerprint().substring("sha256:".length()) + "-card");
        var cache = new CacheControl();
        cache.setMaxAge(CARD_MAX_AGE);
        var notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        var png = cards.png(cable.refId(), paragraph.n(), paragraph.fingerprint(), cable, paragraph);
        return Response.ok(png, "image/png").tag(tag).cacheControl(cache).build();
    }

    private static Response html(Request request, String html, String version) {
        var tag = new EntityTag(Integer.toHexString(html.hashCode()) + "-" + version.hashCode());
        var cache = new CacheControl();
        cache.setMaxAge(PAGE_MAX_AGE);
        var notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache).build();
    }
}
