package org.cablegate.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.cablegate.facts.DateResolver.Tense.FUTURE;
import static org.cablegate.facts.DateResolver.Tense.NONE;
import static org.cablegate.facts.DateResolver.Tense.PAST;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DateResolverTest {

    private static DateResolver on(String cableDate) {
        return new DateResolver(LocalDate.parse(cableDate));
    }

    @ParameterizedTest(name = "a cable of {0} saying {1}/{2} means {3}")
    @CsvSource({
            "2007-01-05, 12, 28, 2006-12-28",   // the case: late December seen from early January
            "2006-12-28, 1, 3, 2007-01-03",     // early January seen from late December
            "2008-12-31, 1, 1, 2009-01-01",
            "2009-01-01, 12, 31, 2008-12-31",
            "2008-03-13, 3, 11, 2008-03-11",
            "2008-03-13, 2, 29, 2008-02-29",    // a leap day in the cable's year
            "2009-03-13, 2, 29, 2008-02-29"})   // the nearest February that has one
    void aMonthAndDayTakeTheYearNearestTheCable(String cable, int month, int day, String expected) {
        assertEquals(LocalDate.parse(expected), on(cable).monthDay(month, day, NONE));
    }

    @Test
    void aPastTenseMovesAFarFutureDayToTheYearBefore() {
        // "before the June 28 coup", in a cable of 28 December 1966: the nearest June 28 is in 1967, the coup was in 1966
        assertEquals(LocalDate.parse("1966-06-28"), on("1966-12-28").monthDay(6, 28, PAST));
        // a few weeks ahead stays ahead whatever the tense
        assertEquals(LocalDate.parse("2007-01-03"), on("2006-12-28").monthDay(1, 3, PAST));
        assertEquals(LocalDate.parse("2007-06-01"), on("2007-01-05").monthDay(6, 1, FUTURE));
    }

    @Test
    void aMonthAloneIsTheNearestSuchMonthUnlessTheTenseSaysOtherwise() {
        assertEquals("2006-12", on("2007-01-05").month(12, NONE).toString());
        assertEquals("2008-01", on("2007-12-20").month(1, NONE).toString());
        assertEquals("2008-02", on("2008-02-14").month(2, PAST).toString());
        // "we advised you in June", in a February cable: the June before
        assertEquals("2008-06", on("2008-02-14").month(6, NONE).toString());
        assertEquals("2007-06", on("2008-02-14").month(6, PAST).toString());
        // a tie goes back
        assertEquals("2007-08", on("2008-02-14").month(8, NONE).toString());
        assertEquals("2008-08", on("2008-02-14").month(8, FUTURE).toString());
    }

    @Test
    void lastAndNextMonthNamesLookStrictlyBackOrAhead() {
        assertEquals("1972-01", on("1972-08-22").month(1, -1).toString());
        assertEquals("2006-01", on("2007-01-15").month(1, -1).toString());
        assertEquals("2008-01", on("2007-01-15").month(1, 1).toString());
        assertEquals("2007-03", on("2007-12-30").month(3, 0).toString());
    }

    @Test
    void weekdaysFollowTheTense() {
        var thursday = on("2008-11-20");
        assertEquals(LocalDate.parse("2008-11-17"), thursday.weekday(DayOfWeek.MONDAY, PAST));
        assertEquals(LocalDate.parse("2008-11-24"), thursday.weekday(DayOfWeek.MONDAY, FUTURE));
        assertEquals(LocalDate.parse("2008-11-20"), thursday.weekday(DayOfWeek.THURSDAY, NONE));
        assertEquals(LocalDate.parse("2008-11-27"), thursday.weekday(DayOfWeek.THURSDAY, FUTURE));
        // across the year's end
        assertEquals(LocalDate.parse("2006-12-29"), on("2007-01-02").weekday(DayOfWeek.FRIDAY, PAST));
        assertEquals(LocalDate.parse("2007-01-01"), on("2006-12-29").weekday(DayOfWeek.MONDAY, FUTURE));
        assertEquals(LocalDate.parse("2006-12-29"), on("2007-01-01").weekday(DayOfWeek.FRIDAY, -1));
        assertEquals(LocalDate.parse("2007-01-01"), on("2007-01-02").weekday(DayOfWeek.MONDAY, -1));
    }

    @Test
    void weeksAreMondayToSundayAndWeekendsSaturdayToSunday() {
        assertEquals("2008-11-10/2008-11-16", on("2008-11-19").week(-1));
        assertEquals("2008-11-17/2008-11-23", on("2008-11-19").week(0));
        assertEquals("2006-12-25/2006-12-31", on("2007-01-03").week(-1));
        assertEquals("2008-01-05/2008-01-06", on("2008-01-02").weekend(0));
        assertEquals("2007-12-29/2007-12-30", on("2008-01-02").weekend(PAST));
        assertEquals("2008-01-05/2008-01-06", on("2008-01-06").weekend(PAST));
    }

    @Test
    void relativeMonthsYearsAndAgoAreCountedFromTheCable() {
        assertEquals("2006-12", on("2007-01-05").monthShift(-1).toString());
        assertEquals("2008-01", on("2007-12-31").monthShift(1).toString());
        assertEquals(2006, on("2007-01-05").year(-1));
        assertEquals("2006-12-29", on("2007-01-02").ago(4, "day"));
        assertEquals("1972-08-08", on("1972-08-22").ago(2, "week"));
        assertEquals("2006-11", on("2007-01-05").ago(2, "month"));
        assertEquals("2006", on("2007-01-05").ago(1, "year"));
    }

    @Test
    void seasonsAreTheirThreeMonthsWinterRunningIntoTheNextYear() {
        assertEquals("2005-06/2005-08", DateResolver.season(6, 8, 2005));
        assertEquals("2006-12/2007-02", DateResolver.season(12, 2, 2006));
        // "elections scheduled for summer", written in March: this year's
        assertEquals(1975, on("1975-03-04").seasonYear(6, 8, null, NONE));
        assertEquals(2008, on("2009-01-10").seasonYear(12, 2, 0, NONE)); // "this winter" in January began in December
        assertEquals(2009, on("2009-10-01").seasonYear(6, 8, -1, NONE)); // "last summer", written in the fall
        assertEquals(2008, on("2009-07-15").seasonYear(6, 8, -1, NONE)); // "last summer", written in summer
        assertEquals(2010, on("2009-07-01").seasonYear(6, 8, 1, NONE));  // "next summer", written in summer
    }

    @Test
    void twoDigitYearsTakeTheCenturyNearestTheCable() {
        assertEquals(2009, on("2008-05-01").fullYear(9));
        assertEquals(1998, on("2008-05-01").fullYear(98));
        assertEquals(1967, on("1975-03-04").fullYear(67));
    }
}
