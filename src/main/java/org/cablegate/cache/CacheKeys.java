package org.cablegate.cache;

import java.util.Locale;

/**
 * Which requests are cached, and under what key: GETs of one cable's resources under {@code /api/v1/cables/{refId}}
 * and {@code /c/{refId}} (not the card images, which have a cache of their own), and the list and search pages of
 * {@code /api/v1/cables}, keyed by the path and query as sent. List pages belong to the group {@link #LISTS}, which
 * every import drops whole: any new cable may change any list.
 */
final class CacheKeys {

    /** The group of every list and search page. */
    static final String LISTS = "*LISTS*";
    private static final String LIST = "/api/v1/cables";
    private static final String API = "/api/v1/cables/";
    private static final String PAGES = "/c/";

    private CacheKeys() {
    }

    /** The cache key of a request, or null when its answer is not cached. */
    static String of(String path, String query) {
        if (!path.equals(LIST) && (refIdOfPath(path) == null || path.endsWith("/card.png"))) {
            return null;
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The reference ID a key or path is about, upper-cased, or null. */
    static String refIdOf(String key) {
        var q = key.indexOf('?');
        return refIdOfPath(q < 0 ? key : key.substring(0, q));
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
        return refId.toUpperCase(Locale.ROOT);
    }
}
