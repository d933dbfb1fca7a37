package org.cablegate.cache;

import java.util.Locale;

/**
 * Which requests are cached, and under what key: GETs of one cable's resources under {@code /api/v1/cables/{refId}}
 * and {@code /c/{refId}} (not the card images, which have a cache of their own), and the list and search pages of
 * {@code /api/v1/cables}, keyed by the path and query as sent. List pages belong to the group {@link #LISTS}, which
 * every write drops whole (any new cable may change any list); search pages ({@code q}) to {@link #SEARCHES}, which
 * is dropped when written cables reach the search index, the only source of a search page. The site's home and
 * list pages ({@code /}, {@code /origins/…}, {@code /tags/…}, {@code /classifications/…}, {@code /years/…}) belong
 * to {@link #LISTS}, its search page ({@code /search}) to {@link #SEARCHES}. A cable's similar cables (JSON and
 * page, {@code …/similar}) are read from the search index too and belong to {@link #SEARCHES}: a cable that reaches
 * the index may become another's nearest.
 */
final class CacheKeys {

    /** The group of every list page read from the database (no {@code q}). */
    static final String LISTS = "*LISTS*";
    /** The group of every search page ({@code q}), read from the search index. */
    static final String SEARCHES = "*SEARCHES*";
    private static final String LIST = "/api/v1/cables";
    private static final String API = "/api/v1/cables/";
    private static final String PAGES = "/c/";
    private static final String SIMILAR = "/similar";
    /** The site's search page, read from the search index like the API's searches. */
    private static final String SITE_SEARCH = "/search";
    /** The site's home and list pages, read from the database like the API's lists. */
    private static final java.util.List<String> SITE_LISTS = java.util.List.of("/origins/", "/tags/",
            "/classifications/", "/years/");

    private CacheKeys() {
    }

    /** The cache key of a request, or null when its answer is not cached. */
    static String of(String path, String query) {
        if (sitePage(path) != null) {
            return query == null || query.isEmpty() ? path : path + "?" + query;
        }
        if (!path.equals(LIST) && (refIdOfPath(path) == null || path.endsWith("/card.png"))) {
            return null;
        }
        if (path.equals(LIST) && query != null && hasEncodedParameterName(query)) {
            // Which group an encoded name (%71 is q) belongs to is the resource's business: not cached.
            return null;
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The reference ID a key or path is about, upper-cased; for a list key its group ({@link #LISTS} or
     * {@link #SEARCHES}); or null.
     */
    static String refIdOf(String key) {
        var q = key.indexOf('?');
        var site = sitePage(q < 0 ? key : key.substring(0, q));
        if (site != null) {
            return site;
        }
        var group = refIdOfPath(q < 0 ? key : key.substring(0, q));
        if (LISTS.equals(group) && q >= 0 && hasParameter(key.substring(q + 1), "q")) {
            return SEARCHES;
        }
        return group;
    }

    private static boolean hasParameter(String query, String name) {
        for (var pair : query.split("&")) {
            var eq = pair.indexOf('=');
            if ((eq < 0 ? pair : pair.substring(0, eq)).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEncodedParameterName(String query) {
        for (var pair : query.split("&")) {
            var eq = pair.indexOf('=');
            var name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The group of a site page ({@link #LISTS} or {@link #SEARCHES}), or null when the path is none. */
    private static String sitePage(String path) {
        if (path.equals("/")) {
            return LISTS;
        }
        if (path.equals(SITE_SEARCH)) {
            return SEARCHES;
        }
        for (var prefix : SITE_LISTS) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                return LISTS;
            }
        }
        return null;
    }

    private static String refIdOfPath(String path) {
        if (path.equals(LIST)) {
            return LISTS;
        }
        int start;
        if (path.startsWith(API)) {
            start = API.length();
        } else if (path.startsWith(PAGES)) {
            start = PAGES.length();
        } else {
            return null;
        }
        int end = path.indexOf('/', start);
        var refId = end < 0 ? path.substring(start) : path.substring(start, end);
        // The list's own sub-resources are not cables.
        if (refId.isEmpty() || refId.equals("on-this-day") || refId.indexOf('%') >= 0) {
            return null;
        }
        if (end >= 0 && path.length() == end + SIMILAR.length() && path.endsWith(SIMILAR)) {
            return SEARCHES;
        }
        return refId.toUpperCase(Locale.ROOT);
    }
}
