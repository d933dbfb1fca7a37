package org.cablegate.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates, resolved against the cable's date: "September 29, 2006" and "29 September 2006" (full dates), "on September
 * 29" (the cable's year), "in November 2005" (a month), "the first nine months of 2006" (a period, as an ISO interval).
 * A year alone is not a fact.
 */
final class DateExtractor {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?=[JFMASOND])\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d,]\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?=\\d)\\b(\\d{1,2}) " + MONTH + "(?: (\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[JFMASOND])\\b" + MONTH + ",? (\\d{4})\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "(?=[tTfF])(?i)\\b(?:the )?first (three|six|nine|two|four|five|seven|eight|ten|eleven) months of (\\d{4})\\b"
                    + "|\\b(?:the )?first (half|quarter) of (\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10, "eleven", 11);

    List<Fact> extract(FactBuilder facts) {
        var text = facts.paragraph().text();
        var cableDate = facts.paragraph().cableDate();
        var found = new ArrayList<Fact>();
        var period = PERIOD.matcher(text);
        while (period.find()) {
            var year = Integer.parseInt(period.group(2) != null ? period.group(2) : period.group(4));
            int months = period.group(1) != null ? COUNTS.get(period.group(1).toLowerCase(Locale.ROOT))
                    : period.group(3).equalsIgnoreCase("half") ? 6 : 3;
            var iso = String.format("%04d-01/%04d-%02d", year, year, months);
            add(facts, found, period.start(), period.end(), iso);
        }
        var full = MONTH_DAY_YEAR.matcher(text);
        while (full.find()) {
            int year = full.group(3) != null ? Integer.parseInt(full.group(3)) : cableDate == null ? -1 : cableDate.getYear();
            var date = date(year, month(full.group(1)), Integer.parseInt(full.group(2)));
            if (date != null) {
                add(facts, found, full.start(), full.end(), date.toString());
            }
        }
        var dayFirst = DAY_MONTH_YEAR.matcher(text);
        while (dayFirst.find()) {
            int year = dayFirst.group(3) != null ? Integer.parseInt(dayFirst.group(3)) : cableDate == null ? -1 : cableDate.getYear();
            var date = date(year, month(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
            if (date != null) {
                add(facts, found, dayFirst.start(), dayFirst.end(), date.toString());
            }
        }
        var monthYear = MONTH_YEAR.matcher(text);
        while (monthYear.find()) {
            var ym = YearMonth.of(Integer.parseInt(monthYear.group(2)), month(monthYear.group(1)));
            add(facts, found, monthYear.start(), monthYear.end(), ym.toString());
        }
        return found;
    }

    private static void add(FactBuilder facts, List<Fact> found, int start, int end, String iso) {
        for (var f : found) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        found.add(facts.fact(FactType.DATE, start, end, null, null, null, null, null, null, null, null, iso, null));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1900) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
