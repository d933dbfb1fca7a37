package org.cablegate.facts;

import java.util.Map;

/**
 * What a currency name, symbol or code means (see {@code facts/currencies.tsv}): one ISO 4217 code, or for a name
 * several countries use ("dinars", "rials", "pesos"), the code of the cable's post.
 *
 * @param code   the code wherever the cable comes from, or null
 * @param byPost codes by post ("TRIPOLI" → LYD)
 */
record CurrencyName(String code, Map<String, String> byPost) {

    /** The ISO code this name has in a cable, or null when the cable's post does not settle it. */
    String codeIn(String refId) {
        if (!byPost.isEmpty() && refId != null) {
            var post = post(refId);
            var atPost = byPost.get(post);
            if (atPost != null) {
                return atPost;
            }
        }
        return code;
    }

    /** The post of a reference id: the letters between the year and the number ("09OSLO123" → OSLO). */
    static String post(String refId) {
        int from = 0;
        while (from < refId.length() && Character.isDigit(refId.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < refId.length() && !Character.isDigit(refId.charAt(to))) {
            to++;
        }
        return refId.substring(from, to);
    }
}
