package org.cablegate.persistence;

import java.time.Instant;

/** What a corpus-wide fact list is narrowed to; null members do not filter. */
public record FactFilter(String type, String unit, String currency, String substance, String origin, Instant from,
                         Instant until) {
}
