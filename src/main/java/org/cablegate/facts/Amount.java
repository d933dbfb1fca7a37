package org.cablegate.facts;

import java.math.BigDecimal;

/**
 * An amount read by {@link AmountGrammar}: a number or a range, with a unit of measure, a currency, or neither (a
 * bare "32 million", which money may claim when the paragraph names its currency elsewhere).
 *
 * @param start     offset of the first char: a sign, a currency, or the number; never a qualifier or "between"
 * @param end       offset after the last char
 * @param value     the normalised value of a single amount, or null for a range
 * @param low       the normalised low end of a range, or null
 * @param high      the normalised high end of a range, or null
 * @param unit      the unit of measure, or null
 * @param currency  the ISO 4217 code, or null
 * @param per       the period of a rate ("barrels a day": day), or null
 * @param qualifier the approximation or bound written before it ("about", "more than"), lower case, or null
 * @param sign      '-' or '+' when printed before the number, else 0
 */
record Amount(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high, Unit unit, String currency,
              String per, String qualifier, char sign) {

    boolean isMoney() {
        return currency != null;
    }

    boolean isPercent() {
        return unit != null && unit.isPercent();
    }

    boolean isQuantity() {
        return unit != null && !unit.isPercent();
    }

    boolean isBare() {
        return unit == null && currency == null;
    }
}
