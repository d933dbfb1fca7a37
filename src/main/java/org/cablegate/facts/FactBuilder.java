package org.cablegate.facts;

import java.math.BigDecimal;

/** Builds facts of one paragraph with stable ids: {@code <refId>-<n>-<type>-<start>}. */
final class FactBuilder {

    private final ParagraphContext paragraph;
    private java.util.List<Integer> figureStarts;

    FactBuilder(ParagraphContext paragraph) {
        this.paragraph = paragraph;
    }

    Fact fact(FactType type, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max, String unit,
              String currency, String per, String substance, String direction, String date, String target) {
        var id = paragraph.refId() + "-" + paragraph.n() + "-" + type.jsonName() + "-" + start;
        return new Fact(id, paragraph.refId(), paragraph.n(), type, paragraph.text().substring(start, end), start, end,
                value, min, max, unit, currency, per, substance, direction, date, target);
    }

    /** Where figures can start in the paragraph, computed once for all extractors. */
    java.util.List<Integer> figureStarts() {
        if (figureStarts == null) {
            figureStarts = Amounts.starts(paragraph.text());
        }
        return figureStarts;
    }

    ParagraphContext paragraph() {
        return paragraph;
    }
}
