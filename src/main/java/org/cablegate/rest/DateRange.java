package org.cablegate.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} parameters: whole UTC days, both inclusive.
 *
 * @param from  start instant, or null
 * @param until the instant after the last included day, or null
 */
record DateRange(Instant from, Instant until) {

    static DateRange parse(String from, String to) {
        var fromDate = date("from", from);
        var toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ApiProblem.badRequest("to: " + to + " is before from: " + from);
        }
        return new DateRange(fromDate == null ? null : fromDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + ": '" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
