package org.cablegate.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A paragraph and what the extractors need to know of its cable.
 *
 * @param refId              the cable
 * @param n                  the paragraph key
 * @param text               the paragraph's normalised text; fact offsets point into it
 * @param cableDate          the cable's date, to resolve "on September 29" and the year of "REF: STATE 154928"
 * @param referencesByLetter caption references by letter ("A" → "06STATE154928")
 * @param referenceIds       all caption references, in order
 */
public record ParagraphContext(String refId, String n, String text, LocalDate cableDate,
                               Map<String, String> referencesByLetter, List<String> referenceIds) {
}
