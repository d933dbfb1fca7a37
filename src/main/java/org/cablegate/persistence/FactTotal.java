package org.cablegate.persistence;

import java.math.BigDecimal;

/**
 * One group of an aggregate: the sum of normalised values of the facts in it. Ranges count at their midpoint.
 */
public record FactTotal(String substance, String origin, Integer year, String unit, BigDecimal total, long facts,
                        long cables) {
}
