package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.List;

/** Builds facts of one paragraph with stable ids: {@code <refId>-<n>-<type>-<start>}. */
final class FactBuilder {

    private static final AmountGrammar GRAMMAR = new AmountGrammar(Vocabulary.standard());

    private final ParagraphContext paragraph;
    private List<Amount> amounts;

    FactBuilder(ParagraphContext paragraph) {
        this.paragraph = paragraph;
    }

    Fact fact(FactType type, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max, String unit,
              String currency, String per, String substance, String direction, String date, String target) {
        return fact(type, start, end, value, min, max, unit, currency, per, substance, direction, date, target, null);
    }

    Fact fact(FactType type, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max, String unit,
              String currency, String per, String substance, String direction, String date, String target,
              String qualifier) {
        var id = paragraph.refId() + "-" + paragraph.n() + "-" + type.jsonName() + "-" + start;
        return new Fact(id, paragraph.refId(), paragraph.n(), type, paragraph.text().substring(start, end), start, end,
                value, min, max, unit, currency, per, substance, direction, date, target, qualifier);
    }

    /** The amounts of the paragraph, read once for the money, quantity and percentage extractors. */
    List<Amount> amounts() {
        if (amounts == null) {
            var text = paragraph.text();
            amounts = GRAMMAR.read(text, Numbers.starts(text), paragraph.refId());
        }
        return amounts;
    }

    ParagraphContext paragraph() {
        return paragraph;
    }
}
