package org.cablegate.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Places what a cable says on the calendar, against the cable's own date: a month and day without a year ("on December
 * 28" in a cable of 5 January 2007 is 2006-12-28), a month alone, a weekday, "last week", "two days ago", a season. Values
 * are ISO 8601: {@code 2006-12-28}, {@code 2006-12}, {@code 2006}, intervals as {@code start/end}. Where the nearest
 * candidate and the sentence's tense disagree by more than a few weeks, the tense wins ("we advised you in June", in a
 * February cable, is the June before). Immutable.
 */
final class DateResolver {

    /** What the sentence says of its time: before the cable, after it, or nothing clear. */
    enum Tense { PAST, FUTURE, NONE }

    /** How far the nearest candidate may stand on the wrong side of the cable's date before the tense overrules it. */
    private static final int DAYS_BEFORE_TENSE_WINS = 150;
    private static final int MONTHS_BEFORE_TENSE_WINS = 3;

    private final LocalDate cable;

    DateResolver(LocalDate cableDate) {
        this.cable = cableDate;
    }

    LocalDate cableDate() {
        return cable;
    }

    /** A month and day without a year: the year that puts it nearest the cable's date, unless the tense says otherwise. */
    LocalDate monthDay(int month, int day, Tense tense) {
        LocalDate best = null;
        LocalDate before = null;
        LocalDate after = null;
        for (int y = cable.getYear() - 1; y <= cable.getYear() + 1; y++) {
            var d = date(y, month, day);
            if (d == null) {
                continue;
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(cable, d)) < Math.abs(ChronoUnit.DAYS.between(cable, best))) {
                best = d;
            }
            if (!d.isAfter(cable)) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        if (best == null) {
            return null;
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(cable, best));
        if (tense == Tense.PAST && best.isAfter(cable) && distance > DAYS_BEFORE_TENSE_WINS && before != null) {
            return before;
        }
        if (tense == Tense.FUTURE && best.isBefore(cable) && distance > DAYS_BEFORE_TENSE_WINS && after != null) {
            return after;
        }
        return best;
    }

    /** A month alone ("in November"): the nearest such month; a tie or a tense far from the nearest goes by tense. */
    YearMonth month(int month, Tense tense) {
        var now = YearMonth.from(cable);
        var same = YearMonth.of(cable.getYear(), month);
        var before = month <= now.getMonthValue() ? same : same.minusYears(1);
        var after = month >= now.getMonthValue() ? same : same.plusYears(1);
        long back = ChronoUnit.MONTHS.between(before, now);
        long ahead = ChronoUnit.MONTHS.between(now, after);
        if (back == 0) {
            return now;
        }
        if (tense == Tense.FUTURE) {
            return ahead <= back || back >= MONTHS_BEFORE_TENSE_WINS ? after : before;
        }
        if (tense == Tense.PAST) {
            return back <= ahead || ahead >= MONTHS_BEFORE_TENSE_WINS ? before : after;
        }
        return back <= ahead ? before : after;
    }

    /** "last March" (strictly before the cable's month), "next March" (strictly after), "this March" (the cable's year). */
    YearMonth month(int month, int shift) {
        var now = YearMonth.from(cable);
        var same = YearMonth.of(cable.getYear(), month);
        if (shift < 0) {
            return same.isBefore(now) ? same : same.minusYears(1);
        }
        if (shift > 0) {
            return same.isAfter(now) ? same : same.plusYears(1);
        }
        return same;
    }

    /** A weekday: the nearest one in the direction the tense says (the cable's own day when the tense looks back). */
    LocalDate weekday(DayOfWeek day, Tense tense) {
        return tense == Tense.FUTURE ? cable.with(TemporalAdjusters.next(day))
                : cable.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "last Monday" (before the cable's day), "next Monday" (after it), "this Monday" (in the cable's week). */
    LocalDate weekday(DayOfWeek day, int shift) {
        if (shift < 0) {
            return cable.with(TemporalAdjusters.previous(day));
        }
        if (shift > 0) {
            return cable.with(TemporalAdjusters.next(day));
        }
        return cable.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
    }

    /** "last week", "this week", "next week": Monday to Sunday. */
    String week(int shift) {
        var monday = cable.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        return monday + "/" + monday.plusDays(6);
    }

    /** "this weekend", "last weekend", "next weekend", or "the weekend" read by tense: Saturday and Sunday. */
    String weekend(int shift) {
        var saturday = cable.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5).plusWeeks(shift);
        return saturday + "/" + saturday.plusDays(1);
    }

    String weekend(Tense tense) {
        if (tense == Tense.PAST && cable.getDayOfWeek().getValue() < 6) {
            return weekend(-1);
        }
        return weekend(0);
    }

    /** "last month", "this month", "next month". */
    YearMonth monthShift(int shift) {
        return YearMonth.from(cable).plusMonths(shift);
    }

    /** "last year", "this year", "next year". */
    int year(int shift) {
        return cable.getYear() + shift;
    }

    /** "two days ago", "three weeks ago", "a month ago", "a year ago". */
    String ago(int count, String unit) {
        return switch (unit) {
            case "day" -> cable.minusDays(count).toString();
            case "week" -> cable.minusWeeks(count).toString();
            case "month" -> YearMonth.from(cable).minusMonths(count).toString();
            default -> String.format("%04d", cable.getYear() - count);
        };
    }

    /** A season of a year, as its months: winter runs from December of that year into February. */
    static String season(int firstMonth, int lastMonth, int year) {
        var start = YearMonth.of(year, firstMonth);
        var end = YearMonth.of(lastMonth < firstMonth ? year + 1 : year, lastMonth);
        return start + "/" + end;
    }

    /** The year of the season named alone or with "this", "last", "next" around the cable's date. */
    int seasonYear(int firstMonth, int lastMonth, Integer shift, Tense tense) {
        int y = cable.getYear();
        var now = YearMonth.from(cable);
        int current = firstMonth > lastMonth && now.getMonthValue() <= lastMonth ? y - 1 : y;
        if (shift != null && shift == 0) {
            return current;
        }
        YearMonth start = YearMonth.of(current, firstMonth);
        YearMonth end = YearMonth.of(lastMonth < firstMonth ? current + 1 : current, lastMonth);
        boolean over = end.isBefore(now);
        boolean ahead = start.isAfter(now);
        if (shift != null) {
            if (shift < 0) {
                return over ? current : current - 1;
            }
            return ahead ? current : current + 1;
        }
        if (!over && !ahead) {
            return current;
        }
        long back = over ? ChronoUnit.MONTHS.between(end, now) : ChronoUnit.MONTHS.between(end.minusYears(1), now);
        long forward = ahead ? ChronoUnit.MONTHS.between(now, start) : ChronoUnit.MONTHS.between(now, start.plusYears(1));
        int past = over ? current : current - 1;
        int next = ahead ? current : current + 1;
        if (tense == Tense.PAST) {
            return past;
        }
        if (tense == Tense.FUTURE) {
            return next;
        }
        return back <= forward ? past : next;
    }

    /** A year printed with two digits ("FY09", "1964-67"): the century that puts it nearest the cable's year. */
    int fullYear(int twoDigits) {
        int century = cable.getYear() / 100 * 100;
        int best = century + twoDigits;
        for (int c : new int[]{century - 100, century + 100}) {
            if (Math.abs(c + twoDigits - cable.getYear()) < Math.abs(best - cable.getYear())) {
                best = c + twoDigits;
            }
        }
        return best;
    }

    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
