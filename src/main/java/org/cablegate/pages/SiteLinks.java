package org.cablegate.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/** The site's own URLs, relative to its root: every tag, origin, classification and year has a list page. */
final class SiteLinks {

    private SiteLinks() {
    }

    static String tag(String tag) {
        return "/tags/" + Sitemaps.segment(tag);
    }

    static String origin(String origin) {
        return "/origins/" + Sitemaps.segment(origin);
    }

    static String classification(String classification) {
        return "/classifications/" + Sitemaps.segment(classification);
    }

    static String year(String year) {
        return "/years/" + year;
    }

    static String year(Instant created) {
        return year(String.valueOf(created.atZone(ZoneOffset.UTC).getYear()));
    }

    static String cable(String refId) {
        return "/c/" + refId;
    }

    static String similar(String refId) {
        return "/c/" + refId + "/similar";
    }

    static String paragraph(String refId, String n) {
        return "/c/" + refId + "/" + Sitemaps.segment(n);
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
