package org.cablegate.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, read into items: words, "quoted phrases", {@code -excluded} and {@code +required} items,
 * and {@code OR} between two items. Nothing here can fail: any text reads into some list of items.
 */
final class QueryItems {

    enum Kind { PREFERRED, REQUIRED, EXCLUDED }

    /** One item: its raw text, how it counts, whether it was quoted, and its alternatives joined by OR. */
    record Item(String text, Kind kind, boolean quoted) {
    }

    /** Items joined by OR form one group; a group counts as one preferred word. */
    record Group(List<Item> alternatives) {
    }

    private QueryItems() {
    }

    static List<Group> read(String q) {
        var items = new ArrayList<Item>();
        var ors = new ArrayList<Boolean>(); // ors.get(i): item i is joined to item i-1 by OR
        boolean pendingOr = false;
        boolean pendingNot = false;
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            var kind = Kind.PREFERRED;
            if ((c == '-' || c == '+' || c == '!') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                kind = c == '+' ? Kind.REQUIRED : Kind.EXCLUDED;
                i++;
                c = q.charAt(i);
            }
            String text;
            boolean quoted = false;
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                int close = indexOfQuote(q, i + 1);
                text = q.substring(i + 1, close < 0 ? n : close);
                i = close < 0 ? n : close + 1;
                quoted = true;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                text = q.substring(i, end);
                i = end;
            }
            if (!quoted && kind == Kind.PREFERRED) {
                if (text.equals("OR") || text.equals("|") || text.equals("||")) {
                    pendingOr = !items.isEmpty();
                    continue;
                }
                if (text.equals("AND") || text.equals("&&")) {
                    continue;
                }
                if (text.equals("NOT")) {
                    pendingNot = true;
                    continue;
                }
            }
            if (pendingNot) {
                kind = Kind.EXCLUDED;
                pendingNot = false;
            }
            if (text.isBlank()) {
                continue;
            }
            items.add(new Item(text, kind, quoted));
            ors.add(pendingOr && kind != Kind.EXCLUDED);
            pendingOr = false;
        }
        var groups = new ArrayList<Group>();
        for (int k = 0; k < items.size(); k++) {
            if (ors.get(k) && !groups.isEmpty()) {
                var last = groups.remove(groups.size() - 1);
                var joined = new ArrayList<>(last.alternatives());
                joined.add(items.get(k));
                groups.add(new Group(joined));
            } else {
                groups.add(new Group(List.of(items.get(k))));
            }
        }
        return groups;
    }

    private static int indexOfQuote(String q, int from) {
        for (int k = from; k < q.length(); k++) {
            char c = q.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return k;
            }
        }
        return -1;
    }
}
