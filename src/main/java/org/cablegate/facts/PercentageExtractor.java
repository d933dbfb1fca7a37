package org.cablegate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Percentages, with the direction of change when a printed sign or the sentence says it. */
final class PercentageExtractor {

    private static final Pattern INCREASE = Pattern.compile(
            "(?i)\\b(increas\\w*|rose|rise[sn]?|rising|grew|grow\\w*|gain\\w*|jump\\w*|up|higher|doubl\\w*|climb\\w*|surg\\w*)\\b");
    private static final Pattern DECREASE = Pattern.compile(
            "(?i)\\b(decreas\\w*|fell|fall\\w*|drop\\w*|declin\\w*|down|lower|reduc\\w*|cut|shrank|shrink\\w*|dip\\w*|plung\\w*)\\b");

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        for (var a : facts.amounts()) {
            if (!a.isPercent()) {
                continue;
            }
            var direction = a.sign() == '-' ? "decrease" : a.sign() == '+' ? "increase" : direction(text, a.start(), a.end());
            found.add(facts.fact(FactType.PERCENTAGE, a.start(), a.end(), a.value(), a.low(), a.high(), "%", null,
                    null, null, direction, null, null, a.qualifier()));
        }
        return found;
    }

    /** The change word of the sentence nearest to the figure, if any. */
    static String direction(String text, int start, int end) {
        var from = Sentences.start(text, start);
        var to = Sentences.end(text, start);
        var sentence = text.substring(from, to);
        var up = nearest(INCREASE.matcher(sentence), start - from, end - from);
        var down = nearest(DECREASE.matcher(sentence), start - from, end - from);
        if (up < 0 && down < 0) {
            return null;
        }
        if (down < 0 || up >= 0 && up <= down) {
            return "increase";
        }
        return "decrease";
    }

    private static int nearest(java.util.regex.Matcher m, int start, int end) {
        int best = -1;
        while (m.find()) {
            int distance = m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
            if (best < 0 || distance < best) {
                best = distance;
            }
        }
        return best;
    }
}
