package org.cablegate.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cablegate.rest.ApiProblem;
import org.cablegate.rest.Lookups;
import org.cablegate.share.Permalinks;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * What the rest of the web reads: {@code robots.txt}, the sitemap index and its sitemaps (every cable and paragraph
 * permalink, streamed from the database), and oEmbed for cable and paragraph permalinks.
 */
@Path("/")
public class WebResource {

    private static final int MAX_AGE = 3_600;
    private static final int EMBED_WIDTH = 550;
    private static final Pattern PERMALINK = Pattern.compile("/c/([A-Za-z0-9]{1,64})(?:/([!-~&&[^/?#]]{1,16}))?/?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final SiteQueries site;
    private final Permalinks permalinks;
    private final Lookups lookups;

    public WebResource(SiteQueries site, Permalinks permalinks, Lookups lookups) {
        this.site = site;
        this.permalinks = permalinks;
        this.lookups = lookups;
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public Response robots() {
        var body = """
                User-agent: *
                Allow: /
                Disallow: /api/v1/imports
                Disallow: /q/
                Disallow: /c/*/share/

                Sitemap: %s/sitemap.xml
                """.formatted(permalinks.baseUrl());
        return Response.ok(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).cacheControl(maxAge()).build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(hidden = true)
    public Response sitemapIndex() {
        var chunks = site.sitemapChunks();
        StreamingOutput body = stream -> {
            var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + Sitemaps.NS + "\">\n");
            for (var chunk : chunks) {
                Sitemaps.sitemap(out, permalinks.baseUrl() + "/sitemaps/" + chunk.number() + ".xml",
                        Sitemaps.date(chunk.lastmod()));
            }
            out.write("</sitemapindex>\n");
            out.flush();
        };
        return Response.ok(body, "application/xml; charset=UTF-8").cacheControl(maxAge()).build();
    }

    @GET
    @Path("sitemaps/{number}.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(hidden = true)
    public Response sitemap(@PathParam("number") String number) {
        if (!number.matches("[1-9]\\d{0,5}")) {
            throw ApiProblem.notFound("No sitemap " + number);
        }
        var chunks = site.sitemapChunks();
        int k = Integer.parseInt(number);
        if (k > chunks.size()) {
            throw ApiProblem.notFound("No sitemap " + number + ": there are " + chunks.size());
        }
        var chunk = chunks.get(k - 1);
        StreamingOutput body = stream -> {
            var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + Sitemaps.NS + "\">\n");
            site.writeSitemapUrls(chunk, permalinks.baseUrl(), out);
            out.write("</urlset>\n");
            out.flush();
        };
        return Response.ok(body, "application/xml; charset=UTF-8").cacheControl(maxAge()).build();
    }

    /** An oEmbed answer (oembed.com, type {@code rich}): a quote of the paragraph, or the cable's opening. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OEmbed(String version, String type, String title, @JsonProperty("author_name") String authorName,
                         @JsonProperty("provider_name") String providerName,
                         @JsonProperty("provider_url") String providerUrl,
                         @JsonProperty("cache_age") Integer cacheAge,
                         @JsonProperty("thumbnail_url") String thumbnailUrl,
                         @JsonProperty("thumbnail_width") Integer thumbnailWidth,
                         @JsonProperty("thumbnail_height") Integer thumbnailHeight,
                         String html, int width, int height) {
    }

    @GET
    @Path("oembed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response oembed(@QueryParam("url") String url, @QueryParam("format") String format,
                           @QueryParam("maxwidth") Integer maxWidth) {
        if (format != null && !format.isBlank() && !format.equals("json")) {
            return Response.status(501).type(MediaType.TEXT_PLAIN_TYPE).entity("Only format=json is served").build();
        }
        if (url == null || url.isBlank()) {
            throw ApiProblem.badRequest("url: the permalink of a cable or paragraph, such as "
                    + permalinks.paragraph("06ASTANA590", "20"));
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("url: '" + url + "' is not a URL");
        }
        var matcher = uri.getRawPath() == null ? null : PERMALINK.matcher(uri.getRawPath());
        if (matcher == null || !matcher.matches()) {
            throw ApiProblem.notFound("url: " + url + " is not the permalink of a cable or paragraph");
        }
        var cable = lookups.cable(matcher.group(1));
        var width = maxWidth == null ? EMBED_WIDTH : Math.max(200, Math.min(EMBED_WIDTH, maxWidth));
        String text;
        String link;
        String label;
        String thumbnail = null;
        if (matcher.group(2) != null) {
            var paragraph = lookups.paragraph(cable, URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
            text = paragraph.text;
            link = permalinks.paragraph(cable.refId, paragraph.n);
            label = cable.refId + " ¶" + paragraph.n;
            thumbnail = permalinks.paragraphCard(cable.refId, paragraph.n);
        } else {
            text = cable.summary != null && !cable.summary.isBlank() ? cable.summary
                    : cable.subject == null ? cable.refId : cable.subject;
            link = permalinks.cable(cable.refId);
            label = cable.refId;
        }
        var title = label + (cable.subject == null ? "" : ": " + cable.subject);
        var html = "<blockquote class=\"cablegate-quote\" cite=\"" + Sitemaps.xml(link) + "\"><p>"
                + Sitemaps.xml(text) + "</p><footer>\u2014 <a href=\"" + Sitemaps.xml(link) + "\">"
                + Sitemaps.xml(label) + "</a>" + (cable.origin == null ? "" : ", " + Sitemaps.xml(cable.origin))
                + ", " + DAY.format(cable.created) + "</footer></blockquote>";
        int lines = 1 + text.length() * 9 / width;
        var answer = new OEmbed("1.0", "rich", title, cable.origin, "Cablegate", permalinks.baseUrl() + "/", MAX_AGE,
                thumbnail, thumbnail == null ? null : 1200, thumbnail == null ? null : 630, html, width,
                80 + lines * 24);
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).cacheControl(maxAge()).build();
    }

    private static CacheControl maxAge() {
        var cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        return cache;
    }

}
