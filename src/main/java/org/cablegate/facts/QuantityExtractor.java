package org.cablegate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts of stuff, in the units of the {@link Vocabulary}: mass normalised to kg, volume to L, area to m2, length to
 * m, power to W, energy to Wh; counted units (doses, pills, tablets, ampoules) keep their unit. Ranges ("100-120 tons")
 * give valueMin and valueMax; rates ("barrels a day") give per.
 */
final class QuantityExtractor {

    private static final Pattern OF_SUBSTANCE = Pattern.compile(
            "^\\s(?:of\\s)(?:(?:the|illegal|illicit|raw|pure|liquid|synthetic|high[- ]quality|narcotic|psychotropic)\\s){0,3}([a-z][a-z-]{2,30}(?:\\s(?:substances|drugs|acid|anhydride|chemicals))?)");
    private static final Pattern KNOWN_SUBSTANCE = Pattern.compile(
            "(?i)\\b(heroin|opium|cocaine|hashish|marijuana|cannabis|ephedrine|precursors|drugs|narcotics|methamphetamine|uranium)\\b");

    /** Words that follow "of" without naming what the amount is of. */
    private static final java.util.Set<String> NOT_SUBSTANCES = java.util.Set.of("high", "dried", "low", "the", "which",
            "this", "that", "these", "those", "various", "different", "other", "it", "them", "what", "drug");

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var found = new ArrayList<Fact>();
        for (var a : facts.amounts()) {
            if (a.isQuantity()) {
                found.add(facts.fact(FactType.QUANTITY, a.start(), a.end(), a.value(), a.low(), a.high(),
                        a.unit().symbol(), null, a.per(), a.unit().isOfStuff() ? substance(text, a.end(), a.start()) : null,
                        null, null, null, a.qualifier()));
            }
        }
        return found;
    }

    private static String substance(String text, int afterUnit, int start) {
        var of = OF_SUBSTANCE.matcher(text.substring(afterUnit, Math.min(text.length(), afterUnit + 80)));
        if (of.find() && !NOT_SUBSTANCES.contains(of.group(1))) {
            return of.group(1);
        }
        var sentence = text.substring(Sentences.start(text, start), Sentences.end(text, start));
        var known = KNOWN_SUBSTANCE.matcher(sentence);
        return known.find() ? known.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
