package org.cablegate.facts;

import java.math.BigDecimal;

/**
 * A figure or mention found in a paragraph's normalised text.
 *
 * <p>{@code text} is exactly {@code paragraphText.substring(start, end)}. Fields that do not apply to a
 * type are null.
 *
 * @param id        stable id derived from refId, n, start and type (never a database id)
 * @param refId     the cable
 * @param n         the paragraph key
 * @param type      what kind of fact
 * @param text      the exact surface text
 * @param start     offset of the first char in the paragraph's normalised text
 * @param end       offset after the last char
 * @param value     the normalised value (kg, L, m2, m, W, J, V, currency units, percent points, count); a printed
 *                  sign is kept ("-1.2%" is -1.2)
 * @param valueMin  low end of a range, or null
 * @param valueMax  high end of a range, or null
 * @param unit      {@code kg}, {@code L}, {@code m2}, {@code m}, {@code W}, {@code J}, {@code V}, {@code doses}, …
 *                  for quantities (see {@code facts/units.tsv}); the per-unit of a price for money ({@code kg} in
 *                  "$600 for a kilo") is in {@code per}
 * @param currency  ISO 4217 code for money
 * @param per       unit a price is quoted per, or the period of a rate ({@code day} in "barrels a day"), or null
 * @param substance what a quantity or price is of ({@code heroin}), when the sentence says it
 * @param direction {@code increase} or {@code decrease} for percentages, when the sentence says it
 * @param date      ISO date, partial date ({@code 2005-11}) or period ({@code 2006-01/2006-09}) for dates
 * @param target    the reference ID a reference resolves to, or the expansion of an acronym
 * @param qualifier the approximation or bound written before an amount, lower case ({@code about},
 *                  {@code more than}, {@code up to}), or null; it is not part of {@code text}
 */
public record Fact(
        String id,
        String refId,
        String n,
        FactType type,
        String text,
        int start,
        int end,
        BigDecimal value,
        BigDecimal valueMin,
        BigDecimal valueMax,
        String unit,
        String currency,
        String per,
        String substance,
        String direction,
        String date,
        String target,
        String qualifier) {
}
