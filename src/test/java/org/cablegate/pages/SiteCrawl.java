package org.cablegate.pages;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * A link checker: from the start pages, every link of every page of the site (anchors and the head's links)
 * is requested; HTML pages are read for more links, other answers only checked. Links to the public base
 * URL are the site's own (the permalinks are absolute); links elsewhere (the networks' composers) are not requested.
 * Search pages are checked but not read further: their facet links would multiply without end. Card images are
 * checked for one paragraph of each cable.
 */
final class SiteCrawl {

    static final String PUBLIC_BASE = "http://localhost:8080";
    /** The base jsoup resolves relative links against: the page's own path on a stand-in host. */
    static final String LOCAL = "http://site";

    record Broken(String url, String from, String why) {
    }

    final Map<String, Integer> visited = new LinkedHashMap<>();
    final List<Broken> broken = new ArrayList<>();
    int pagesRead;
    private final Set<String> cardsChecked = new HashSet<>();

    /** Crawls from these paths; {@code eachPage} sees every HTML page read (its path and document). */
    SiteCrawl run(List<String> starts, int maxRequests, BiConsumer<String, Document> eachPage) {
        var queue = new ArrayDeque<String[]>();
        var queued = new HashSet<String>();
        for (var s : starts) {
            queue.add(new String[]{s, "(start)"});
            queued.add(s);
        }
        while (!queue.isEmpty() && visited.size() < maxRequests) {
            var next = queue.poll();
            var path = next[0];
            Response response = given().urlEncodingEnabled(false).redirects().follow(true).get(URI.create(path));
            visited.put(path, response.statusCode());
            if (response.statusCode() != 200) {
                broken.add(new Broken(path, next[1], "HTTP " + response.statusCode()));
                continue;
            }
            var type = String.valueOf(response.contentType());
            if (!type.startsWith("text/html")) {
                continue;
            }
            var html = new String(response.asByteArray(), StandardCharsets.UTF_8);
            var doc = Jsoup.parse(html, LOCAL + path);
            pagesRead++;
            eachPage.accept(path, doc);
            if (path.startsWith("/search")) {
                for (var link : links(doc)) {
                    if (link.startsWith("/search") && queued.add(link)) {
                        // checked, not read
                        var status = given().urlEncodingEnabled(false).redirects().follow(true).get(URI.create(link)).statusCode();
                        visited.put(link, status);
                        if (status != 200) {
                            broken.add(new Broken(link, path, "HTTP " + status));
                        }
                    }
                }
                continue;
            }
            for (var link : links(doc)) {
                if (link.endsWith("/card.png") && !cardsChecked.add(link.substring(0, link.indexOf('/', 3)))) {
                    continue;   // card images: one per cable (each costs a rendering; the sweep checks the rest)
                }
                if (queued.add(link)) {
                    queue.add(new String[]{link, path});
                }
            }
        }
        return this;
    }

    /** The site's own links of a page, as paths with their query, without fragments. */
    static Set<String> links(Document doc) {
        var out = new java.util.LinkedHashSet<String>();
        for (var a : doc.select("a[href], link[href]")) {
            var raw = a.attr("href");
            if (!raw.startsWith("#") && !raw.startsWith("/") && !raw.contains(":")) {
                raw = a.absUrl("href").substring(LOCAL.length());   // relative to the page
            }
            var own = own(raw);
            if (own != null) {
                out.add(own);
            }
        }
        return out;
    }

    /** The path and query of a link to the site, or null for a link elsewhere or a fragment of the same page. */
    static String own(String raw) {
        if (raw.isEmpty() || raw.startsWith("#")) {
            return null;
        }
        String rest;
        if (raw.startsWith(PUBLIC_BASE + "/")) {
            rest = raw.substring(PUBLIC_BASE.length());
        } else if (raw.startsWith("/") && !raw.startsWith("//")) {
            rest = raw;
        } else {
            return null;
        }
        var hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }
}
