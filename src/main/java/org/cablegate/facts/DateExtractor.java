package org.cablegate.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, resolved against the cable's date: "September 29, 2006" and "29 September 2006" (full dates), "on September
 * 29" (the cable's year), "in November 2005" (a month), "the first nine months of 2006" (a period, as an ISO interval).
 * A year alone is not a fact.
 *
 * <p>One pass finds the month names (a pattern shaped as a trie, so most positions fail on their first letter); the
 * day and year are then read around each.
 */
final class DateExtractor {

    private static final Pattern MONTH = Pattern.compile("(?=[ADFJMNOS])(?<![A-Za-z])(?:Jan(?:uary|\\.)|Feb(?:ruary|\\.)"
            + "|Ma(?:rch|r\\.|y)|Ap(?:ril|r\\.)|Ju(?:ne|ly)|Aug(?:ust|\\.)|Sep(?:tember|t\\.|\\.)|Oct(?:ober|\\.)"
            + "|Nov(?:ember|\\.)|Dec(?:ember|\\.))(?![A-Za-z])");
    /** After the month: " 29", " 29th", " 29, 2006", " 29 2006". */
    private static final Pattern DAY_AFTER = Pattern.compile(" (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d,]\\d|\\d)");
    /** After the month: ", 2005" or " 2005". */
    private static final Pattern YEAR_AFTER = Pattern.compile(",? (\\d{4})(?!\\d)");
    /** Before the month: "29 ". */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,2}) $");
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(?:the )?first (three|six|nine|two|four|five|seven|eight|ten|eleven) months of (\\d{4})\\b"
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
        if (text.contains("irst ")) {
            var period = PERIOD.matcher(text);
            while (period.find()) {
                var year = Integer.parseInt(period.group(2) != null ? period.group(2) : period.group(4));
                int months = period.group(1) != null ? COUNTS.get(period.group(1).toLowerCase(Locale.ROOT))
                        : period.group(3).equalsIgnoreCase("half") ? 6 : 3;
                add(facts, found, period.start(), period.end(), String.format("%04d-01/%04d-%02d", year, year, months));
            }
        }
        var month = MONTH.matcher(text);
        while (month.find()) {
            int m = MONTHS.get(month.group().substring(0, 3).toLowerCase(Locale.ROOT));
            if (!dayAfter(facts, found, text, month, m, cableDate) && !dayBefore(facts, found, text, month, m, cableDate)) {
                yearAfter(facts, found, text, month, m);
            }
        }
        return found;
    }

    /** "September 29" or "September 29, 2006". */
    private static boolean dayAfter(FactBuilder facts, List<Fact> found, String text, Matcher month, int m,
                                    LocalDate cableDate) {
        var day = region(DAY_AFTER, text, month.end());
        if (!day.lookingAt()) {
            return false;
        }
        int year = day.group(2) != null ? Integer.parseInt(day.group(2)) : cableDate == null ? -1 : cableDate.getYear();
        var date = date(year, m, Integer.parseInt(day.group(1)));
        if (date == null) {
            return false;
        }
        add(facts, found, month.start(), day.end(), date.toString());
        return true;
    }

    /** "29 September" or "29 September 2006". */
    private static boolean dayBefore(FactBuilder facts, List<Fact> found, String text, Matcher month, int m,
                                     LocalDate cableDate) {
        var before = DAY_BEFORE.matcher(text.substring(Math.max(0, month.start() - 4), month.start()));
        if (!before.find()) {
            return false;
        }
        int start = month.start() - (before.end() - before.start());
        var year = region(YEAR_AFTER, text, month.end());
        int end = month.end();
        int y = cableDate == null ? -1 : cableDate.getYear();
        if (year.lookingAt() && !year.group().startsWith(",")) {
            y = Integer.parseInt(year.group(1));
            end = year.end();
        }
        var date = date(y, m, Integer.parseInt(before.group(1)));
        if (date == null) {
            return false;
        }
        add(facts, found, start, end, date.toString());
        return true;
    }

    /** "November 2005". */
    private static void yearAfter(FactBuilder facts, List<Fact> found, String text, Matcher month, int m) {
        var year = region(YEAR_AFTER, text, month.end());
        if (year.lookingAt()) {
            add(facts, found, month.start(), year.end(), YearMonth.of(Integer.parseInt(year.group(1)), m).toString());
        }
    }

    private static Matcher region(Pattern pattern, String text, int from) {
        return pattern.matcher(text).useTransparentBounds(true).region(from, Math.min(text.length(), from + 16));
    }

    private static void add(FactBuilder facts, List<Fact> found, int start, int end, String iso) {
        for (var f : found) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        found.add(facts.fact(FactType.DATE, start, end, null, null, null, null, null, null, null, null, iso, null));
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
