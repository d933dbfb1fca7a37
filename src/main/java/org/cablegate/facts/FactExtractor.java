package org.cablegate.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every fact of a paragraph: quantities, money, percentages, dates, references, acronyms. Where two figures overlap,
 * the more specific wins: money over quantity and percentage ("$8 million" is one fact). Thread-safe.
 */
public final class FactExtractor {

    private final MoneyExtractor money = new MoneyExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final PercentageExtractor percentages = new PercentageExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final ReferenceExtractor references = new ReferenceExtractor();
    private final AcronymExtractor acronyms = new AcronymExtractor();

    /** The paragraph's facts, by start offset then type. */
    public List<Fact> extract(ParagraphContext paragraph) {
        var facts = new FactBuilder(paragraph);
        var figures = new ArrayList<Fact>();
        // In order of precedence: a later figure overlapping an earlier one is dropped.
        for (var found : List.of(money.extract(facts), percentages.extract(facts), quantities.extract(facts),
                dates.extract(facts))) {
            for (var f : found) {
                if (figures.stream().noneMatch(g -> overlaps(f, g))) {
                    figures.add(f);
                }
            }
        }
        var cited = references.extract(facts);
        // A date inside a reference ("STATE 2004") is part of the reference, not a date.
        figures.removeIf(f -> f.type() == FactType.DATE && cited.stream().anyMatch(r -> overlaps(f, r)));
        figures.addAll(cited);
        figures.addAll(acronyms.extract(facts));
        figures.sort(Comparator.comparingInt(Fact::start).thenComparing(Fact::type));
        return List.copyOf(figures);
    }

    private static boolean overlaps(Fact a, Fact b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
