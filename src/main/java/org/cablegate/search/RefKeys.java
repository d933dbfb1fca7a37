package org.cablegate.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference IDs in the forms people write them. A cable's ID {@code 08ASTANA2380} is indexed under two keys,
 * {@code 08astana2380} and {@code astana2380} (the year is often left out), and a query is scanned for
 * {@code 08ASTANA2380}, {@code 08 ASTANA 2380}, {@code ASTANA 2380} and {@code astana 00002380} (the caption's
 * zero-padded serial), each giving the same keys.
 */
public final class RefKeys {

    private static final Pattern REF_ID = Pattern.compile("(\\d{2})([A-Z][A-Z]*?)(\\d+)");
    /** Optional two-digit year, a post of letters, a serial; between them nothing or spaces. */
    private static final Pattern IN_QUERY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(\\d{2})\\s*)?(\\p{L}{3,})\\s*(\\d{1,9})(?![\\p{L}\\p{N}])");

    /** Up to two words of letters (or a two-digit year) right before a post. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("((?:(?:\\p{L}{2,}|\\d{2})\\s+){1,2})$");

    private RefKeys() {
    }

    /** The keys a cable's reference ID is indexed under; none for an ID of no known shape. */
    public static Set<String> ofRefId(String refId) {
        var keys = new LinkedHashSet<String>();
        if (refId == null) {
            return keys;
        }
        var m = REF_ID.matcher(refId.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            var post = m.group(2).toLowerCase(Locale.ROOT);
            var serial = stripZeros(m.group(3));
            keys.add(m.group(1) + post + serial);
            keys.add(post + serial);
        } else {
            keys.add(refId.toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /**
     * The keys of every reference-ID-shaped run in a query (most are not IDs, and match nothing). A post may be
     * written in several words ({@code buenos aires 2481}, {@code UNVIE VIENNA 540}): the one, two and three words
     * before a serial are each tried as the post.
     */
    public static Set<String> inQuery(String q) {
        var keys = new LinkedHashSet<String>();
        var m = IN_QUERY.matcher(q);
        int from = 0;
        while (from < q.length() && m.find(from)) {
            var post = m.group(2).toLowerCase(Locale.ROOT);
            var serial = stripZeros(m.group(3));
            keys.add(m.group(1) == null ? post + serial : m.group(1) + post + serial);
            var before = WORDS_BEFORE.matcher(q.substring(0, m.start(2)));
            if (m.group(1) == null && before.find()) {
                var words = before.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+");
                var joined = post;
                for (int i = words.length - 1; i >= 0 && i >= words.length - 2; i--) {
                    joined = words[i] + joined;
                    keys.add(joined + serial);
                }
            }
            // "08 ASTANA 2380 ASTANA 2381": go on after the post, so that overlapping forms are all seen
            from = m.start(3);
        }
        return keys;
    }

    private static String stripZeros(String serial) {
        int i = 0;
        while (i < serial.length() - 1 && serial.charAt(i) == '0') {
            i++;
        }
        return serial.substring(i);
    }
}
