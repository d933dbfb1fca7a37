package org.cablegate.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The transmission header and the handling lines of the caption.
 *
 * @param transmissionId  {@code VZCZCXRO3492}, or null
 * @param precedence      precedence of the DTG line: {@code Z}, {@code O}, {@code P} or {@code R}, or null
 * @param dtg             the date-time group as printed ({@code 170654Z NOV 06}), or null
 * @param dtgTime         the DTG as a UTC instant, or null
 * @param from            sender ({@code AMEMBASSY ASTANA}), or null
 * @param to              action recipients
 * @param info            info recipients
 * @param sipdis          whether the cable carries the SIPDIS caveat
 * @param caveats         handling caveats other than SIPDIS ({@code NOFORN}, {@code SENSITIVE}, …)
 * @param eo              the E.O. 12958 line's value ({@code N/A}, {@code DECL: 12/02/2018}), or null
 * @param declassifyOn    declassification date from the E.O. line, or null
 */
public record CableHeader(
        String transmissionId,
        String precedence,
        String dtg,
        Instant dtgTime,
        String from,
        List<Recipient> to,
        List<Recipient> info,
        boolean sipdis,
        List<String> caveats,
        String eo,
        LocalDate declassifyOn) {

    /** A recipient as named in a TO or INFO line: {@code RUEHC/SECSTATE WASHDC PRIORITY 4006}. */
    public record Recipient(String name, String precedence) {
    }
}
