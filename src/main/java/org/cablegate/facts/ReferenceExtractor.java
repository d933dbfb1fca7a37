package org.cablegate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mentions of other cables in the text: "REF A", "ref B", "reftel", and explicit IDs ("STATE 154928",
 * "06ASTANA590"), resolved to reference IDs where the caption allows ("reftel" when it cites exactly one cable).
 */
final class ReferenceExtractor {

    private static final Pattern LETTERED = Pattern.compile("(?=[rR])(?i)\\b(?:ref(?:tel)?s?\\.?|reference) ([A-H])\\b(?![.'-]\\w)");
    private static final Pattern REFTEL = Pattern.compile("(?=[rR])(?i)\\breftels?\\b(?! [A-H]\\b)");
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?=[0-9A-Z])(?:\\b(\\d{2}[A-Z]{3,20}\\d{1,7})\\b|\\b(?:(\\d{2}) )?(STATE|SECSTATE|[A-Z]{4,15}) (\\d{3,7})\\b)");

    /**
     * Whether the text holds four capitals, a space and a digit ("STATE 154928") or two digits and three capitals
     * ("06ASTANA590"): a linear scan that spares most paragraphs the explicit-ID pattern.
     */
    private static boolean mayCiteExplicitly(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            var c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
                if (capitals >= 3 && i >= capitals + 1 && Character.isDigit(text.charAt(i - capitals))) {
                    return true;
                }
            } else {
                if (c == ' ' && capitals >= 4 && Character.isDigit(text.charAt(i + 1))) {
                    return true;
                }
                capitals = 0;
            }
        }
        return false;
    }

    private static boolean containsRef(String text) {
        for (int i = text.length() - 3; i >= 0; i--) {
            var c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i + 1, "ef", 0, 2)) {
                return true;
            }
        }
        return false;
    }

    List<Fact> extract(FactBuilder facts) {
        var p = facts.paragraph();
        var text = p.text();
        var found = new ArrayList<Fact>();
        // Both patterns begin with "ref" in any case; most paragraphs have none, and skip both scans.
        boolean mayCiteByLetter = containsRef(text);
        var lettered = LETTERED.matcher(text);
        while (mayCiteByLetter && lettered.find()) {
            var target = p.referencesByLetter().get(lettered.group(1).toUpperCase(Locale.ROOT));
            found.add(facts.fact(FactType.REFERENCE, lettered.start(), lettered.end(), null, null, null, null, null,
                    null, null, null, null, target));
        }
        var reftel = REFTEL.matcher(text);
        while (mayCiteByLetter && reftel.find()) {
            var target = p.referenceIds().size() == 1 ? p.referenceIds().get(0) : null;
            found.add(facts.fact(FactType.REFERENCE, reftel.start(), reftel.end(), null, null, null, null, null,
                    null, null, null, null, target));
        }
        var explicit = EXPLICIT.matcher(text);
        boolean mayCite = mayCiteExplicitly(text);
        while (mayCite && explicit.find()) {
            String refId;
            if (explicit.group(1) != null) {
                refId = explicit.group(1);
            } else {
                var station = explicit.group(3).equals("SECSTATE") ? "STATE" : explicit.group(3);
                // Only stations the caption cites, or STATE: a capitalised word before a number is usually not a cable.
                var year = explicit.group(2) != null ? explicit.group(2)
                        : p.cableDate() == null ? null : String.format("%02d", p.cableDate().getYear() % 100);
                if (year == null) {
                    continue;
                }
                refId = year + station + Long.parseLong(explicit.group(4));
                if (!station.equals("STATE") && !p.referenceIds().contains(refId)) {
                    continue;
                }
            }
            if (refId.equals(p.refId())) {
                continue;
            }
            found.add(facts.fact(FactType.REFERENCE, explicit.start(), explicit.end(), null, null, null, null, null,
                    null, null, null, null, refId));
        }
        return found;
    }
}
