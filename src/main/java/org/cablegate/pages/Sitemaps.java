package org.cablegate.pages;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The XML of sitemaps (sitemaps.org 0.9), written element by element. */
final class Sitemaps {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Sitemaps() {
    }

    static String date(Instant instant) {
        return W3C.format(instant);
    }

    static void url(Writer out, String loc, String lastmod) throws IOException {
        out.write("<url><loc>");
        out.write(xml(loc));
        out.write("</loc><lastmod>");
        out.write(lastmod);
        out.write("</lastmod></url>\n");
    }

    static void sitemap(Writer out, String loc, String lastmod) throws IOException {
        out.write("<sitemap><loc>");
        out.write(xml(loc));
        out.write("</loc><lastmod>");
        out.write(lastmod);
        out.write("</lastmod></sitemap>\n");
    }

    /** A path segment: letters, digits and {@code -._~} as they are, everything else percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
