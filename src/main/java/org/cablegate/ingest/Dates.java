package org.cablegate.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The date forms cables and their publishers print. */
final class Dates {

    /** Precedence (one or two letters) then the DTG: {@code P 091700Z SEP 08}, {@code P R 281848Z DEC 66}. */
    static final Pattern DTG = Pattern.compile(
            "(?<![A-Z0-9])([ZOPR])(?: [ZOPR])? {1,3}(\\d{6}Z) {1,3}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) {1,3}(\\d{2})(?![0-9])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5),
            Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10),
            Map.entry("NOV", 11), Map.entry("DEC", 12));
    private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern US_DATE_TIME = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final DateTimeFormatter RUBY = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private Dates() {
    }

    /** Two-digit years: the release runs from 1966 to 2010. */
    static int fullYear(int yy) {
        return yy >= 66 ? 1900 + yy : 2000 + yy;
    }

    /** The DTG {@code 091700Z} + {@code SEP} + {@code 08} as an instant, or null when it names no real time. */
    static Instant dtg(String dayTime, String month, String year) {
        try {
            int day = Integer.parseInt(dayTime.substring(0, 2));
            int hour = Integer.parseInt(dayTime.substring(2, 4));
            int minute = Integer.parseInt(dayTime.substring(4, 6));
            return LocalDateTime.of(fullYear(Integer.parseInt(year)), MONTHS.get(month), day, hour, minute)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A publisher's time in any of its printed forms, taken as UTC; null when it is none of them. */
    static Instant publisher(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var s = text.trim();
        try {
            var iso = ISO_LIKE.matcher(s);
            if (iso.find()) {
                return LocalDateTime.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                        iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6))).toInstant(ZoneOffset.UTC);
            }
            var us = US_DATE_TIME.matcher(s);
            if (us.find()) {
                return LocalDateTime.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)), Integer.parseInt(us.group(4)), Integer.parseInt(us.group(5)))
                        .toInstant(ZoneOffset.UTC);
            }
            // alx conversions print Ruby's Time#to_s of a date: the day is what counts, not the zone's midnight.
            var ruby = ZonedDateTime.parse(s, RUBY);
            return ruby.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** {@code 12/02/2018} or {@code 3/13/2018} (month first), or null. */
    static LocalDate usDate(String text) {
        var iso = YEAR_FIRST.matcher(text);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        var m = US_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(3));
            return LocalDate.of(year < 100 ? fullYear(year) : year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
