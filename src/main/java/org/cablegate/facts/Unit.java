package org.cablegate.facts;

import java.math.BigDecimal;

/**
 * A unit of measure as the vocabulary defines it (see {@code facts/units.tsv}).
 *
 * @param kind   mass, volume, area, length, power, energy, counted, or percent
 * @param symbol the unit values are normalised to: kg, L, m2, m, W, Wh, %, or the counted unit itself
 * @param factor how many of {@code symbol} one written unit is (a barrel is 158.987 L)
 * @param per    the period of a rate written into the unit ("bpd": day), or null
 */
record Unit(String kind, String symbol, BigDecimal factor, String per) {

    boolean isPercent() {
        return kind.equals("percent");
    }

    /** Mass, volume or counted: an amount of something, which a sentence may name ("20 tons of heroin"). */
    boolean isOfStuff() {
        return kind.equals("mass") || kind.equals("volume") || isCounted();
    }

    boolean isCounted() {
        return kind.equals("counted");
    }

    BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : Numbers.plain(amount.multiply(factor));
    }
}
