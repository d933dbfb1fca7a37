package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts of stuff: mass normalised to kg, volume to L, area to m2; countable units (doses, pills, tablets,
 * ampoules) and barrels keep their unit. Ranges ("100-120 tons") give valueMin and valueMax.
 */
final class QuantityExtractor {

    private static final String UNIT = "(?i:metric tons?|metric tonnes?|tons?|tonnes?|kilograms?|kilos?|kgs?|grams?|gr"
            + "|liters?|litres?|gallons?|hectares?|square kilometers?|square kilometres?|sq\\.? ?km|square meters?|square metres?"
            + "|doses|pills|tablets|ampoules|ampules|barrels)";
    private static final Pattern QUANTITY = Pattern.compile(
            Amounts.CAN_START + Amounts.NOT_INSIDE + "(" + Amounts.AMOUNT + ")(?:\\s?(?:-|–|to)\\s?(" + Amounts.AMOUNT + "))?(?:[\\s-]?|\\s[a-z]{3,15}\\s(?=(?i:doses|pills|tablets|ampoules)))(" + UNIT + ")(?![\\w])");
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
        for (var m : Amounts.at(QUANTITY, text, facts.figureStarts())) {
            var unit = Unit.of(m.group(3));
            var figure = Amounts.Figure.of(m);
            if (unit == null || figure == null) {
                continue;
            }
            var substance = substance(text, m.end(), figure.start());
            if (figure.high() != null) {
                found.add(facts.fact(FactType.QUANTITY, figure.start(), m.end(), null, unit.normalise(figure.low()),
                        unit.normalise(figure.high()), unit.symbol, null, null, substance, null, null, null));
            } else {
                found.add(facts.fact(FactType.QUANTITY, figure.start(), m.end(), unit.normalise(figure.low()), null,
                        null, unit.symbol, null, null, substance, null, null, null));
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

    /** A unit and how it normalises. */
    enum Unit {
        KG("kg", BigDecimal.ONE), GRAM("kg", new BigDecimal("0.001")), TON("kg", BigDecimal.valueOf(1000)),
        LITER("L", BigDecimal.ONE), GALLON("L", new BigDecimal("3.785411784")),
        HECTARE("m2", BigDecimal.valueOf(10_000)), SQUARE_KM("m2", BigDecimal.valueOf(1_000_000)),
        SQUARE_M("m2", BigDecimal.ONE), DOSES("doses", BigDecimal.ONE), PILLS("pills", BigDecimal.ONE),
        TABLETS("tablets", BigDecimal.ONE), AMPOULES("ampoules", BigDecimal.ONE), BARRELS("barrels", BigDecimal.ONE);

        final String symbol;
        final BigDecimal factor;

        Unit(String symbol, BigDecimal factor) {
            this.symbol = symbol;
            this.factor = factor;
        }

        BigDecimal normalise(BigDecimal amount) {
            return Amounts.plain(amount.multiply(factor));
        }

        static Unit of(String text) {
            var u = text.toLowerCase(Locale.ROOT);
            if (u.contains("ton")) {
                return TON;
            }
            if (u.startsWith("kilo") || u.startsWith("kg")) {
                return KG;
            }
            if (u.startsWith("gr")) {
                return GRAM;
            }
            if (u.startsWith("lit")) {
                return LITER;
            }
            if (u.startsWith("gallon")) {
                return GALLON;
            }
            if (u.startsWith("hectare")) {
                return HECTARE;
            }
            if (u.startsWith("sq") && u.contains("k")) {
                return SQUARE_KM;
            }
            if (u.startsWith("square")) {
                return SQUARE_M;
            }
            return switch (u) {
                case "doses" -> DOSES;
                case "pills" -> PILLS;
                case "tablets" -> TABLETS;
                case "ampoules", "ampules" -> AMPOULES;
                case "barrels" -> BARRELS;
                default -> null;
            };
        }
    }
}
