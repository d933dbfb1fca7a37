package org.cablegate.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored fact with the cable metadata the corpus-wide reads need. */
public record FactRow(String id, String refId, String n, String type, String text, int start, int end,
                      BigDecimal value, BigDecimal valueMin, BigDecimal valueMax, String unit, String currency,
                      String per, String substance, String direction, String date, String target, String acronym,
                      String origin, Instant created) {

    static final String COLUMNS = """
            f.id, f.ref_id, f.n, f.type, f.text, f.start_offset, f.end_offset, f.value, f.value_min, f.value_max,
            f.unit, f.currency, f.per, f.substance, f.direction, f.date_value, f.target, f.acronym, f.origin, f.created""";

    static FactRow of(Object[] r) {
        return new FactRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), plain(r[7]), plain(r[8]), plain(r[9]), (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14],
                (String) r[15], (String) r[16], (String) r[17], (String) r[18], instant(r[19]));
    }

    /** DECIMAL(38,6) comes back as 22549.000000: the API sends 22549. */
    private static BigDecimal plain(Object value) {
        if (value == null) {
            return null;
        }
        var stripped = ((BigDecimal) value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
