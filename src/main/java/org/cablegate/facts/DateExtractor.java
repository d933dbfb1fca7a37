package org.cablegate.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, one fact per mention, resolved against the cable's date by {@link DateResolver} into ISO 8601: full dates in
 * any printed order ({@code 2006-09-29}), a month and day without a year (the nearest), months ({@code 2005-11}), years
 * used as a time ("in 2005", "the 2008 elections", "FY2009": {@code 2005}), relative days ("yesterday", "on Monday",
 * "two days ago"), weeks, months and years ("last week" is its Monday-to-Sunday interval), parts ("mid-May 2007" is
 * May; "early 2007" is {@code 2007-01/2007-04}), seasons, and periods as one interval ("from March to June 2006",
 * "2003-2005", "the 1990s", "the third quarter of 2006"). Durations, ages, times of day and vague times are not dates.
 *
 * <p>The words are data ({@link DateWords}, {@code facts/dates.tsv}). One pass looks up the words and numbers that can
 * start a date; the patterns of the grammar are tried only where one stands, longest first.
 */
final class DateExtractor {

    private static final DateWords WORDS = DateWords.standard();
    private static final String M = "(?<m1>" + WORDS.month + ")(?![A-Za-z])";
    private static final String M2 = "(?<m2>" + WORDS.month + ")(?![A-Za-z])";
    private static final String DAY = "(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d%A-Za-z]|[.,:]\\d)";
    private static final String DAY2 = "(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d%A-Za-z]|[.,:]\\d)";
    private static final String YEAR = "(?<y>(?:19|20)\\d\\d)(?![\\d%]|[.,]\\d)";
    private static final String TO = "\\s?(?<sep>-|–|—|/|to|through|until|till|and)\\s?";

    private static final Pattern CROSS_MONTH_DAYS = compile(M + " " + DAY + "\\s?(?:-|–|to|through|until)\\s?" + M2 + " "
            + DAY2 + "(?:,? " + YEAR + ")?");
    private static final Pattern DAY_RANGE = compile(M + " " + DAY + "\\s?(?:-|–|to)\\s?" + DAY2 + "(?:,? " + YEAR + ")?");
    private static final Pattern MONTH_RANGE = compile(M + "(?:,? (?<y1>(?:19|20)\\d\\d))?" + TO + M2 + ",? " + YEAR);
    private static final Pattern MONTH_RANGE_NO_YEAR = compile(M + "\\s?(?<sep>-|–|to|through|until|and)\\s?" + M2);
    private static final Pattern MONTH_DAY = compile(M + " " + DAY + "(?:,? " + YEAR + ")?");
    private static final Pattern MONTH_OF_YEAR = compile(M + " of (?:" + YEAR + "|(?<shift>this|last|next) year)");
    private static final Pattern MONTH_YEAR = compile(M + ",? " + YEAR);
    private static final Pattern MONTH = compile(M);
    private static final Pattern ISO = compile("(?<y>(?:19|20)\\d\\d)-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?![\\d-])");
    private static final Pattern NUMERIC = compile("(?<mo>1[0-2]|0?[1-9])/(?<d>[0-3]?\\d)/(?<y>(?:19|20)\\d\\d|\\d\\d)(?![\\d/])");
    private static final Pattern DAY_RANGE_MONTH = compile("(?<d1>[0-3]?\\d)\\s?(?:-|–)\\s?" + DAY2 + " " + M
            + "(?:,? " + YEAR + ")?");
    private static final Pattern DAY_MONTH = compile(DAY + " " + M + "(?:,? " + YEAR + ")?");
    private static final Pattern DECADE = compile("(?<dec>(?:19|20)\\d)0'?s(?![A-Za-z])");
    private static final Pattern YEAR_RANGE = compile("(?<y1>(?:19|20)\\d\\d)" + TO + "(?<y2>(?:19|20)\\d\\d|\\d\\d)(?![\\d%]|[.,]\\d|-\\w)");
    private static final Pattern PLAIN_YEAR = compile(YEAR + "(?![A-Za-z/]|-\\w)");
    private static final Pattern AGO_DIGITS = compile("(?<n>\\d{1,2}) (?<u>" + WORDS.unit + ") ago\\b");
    private static final Pattern PART = compile("[- ]?(?:" + M + "(?:,? " + YEAR + ")?|(?<y2>(?:19|20)\\d\\d)(?![\\d%-]|[.,]\\d)"
            + "|(?<shift>this|last|next) year|(?:the )?(?<dec>(?:19|20)\\d)0'?s)(?![A-Za-z])");
    private static final Pattern ORDINAL = compile(" (?:(?<what>half|quarter)|(?<n>" + WORDS.count
            + "|\\d{1,2}) months) of (?:" + YEAR + "|(?<shift>this|last|next) year)");
    private static final Pattern QUARTER = compile("Q(?<q>[1-4]),? (?:of )?(?:" + YEAR + "|FY ?(?<fy>\\d\\d))(?!\\d)");
    private static final Pattern FISCAL = compile("\\s?(?<y>(?:19|20)\\d\\d|\\d\\d)(?![\\d%]|[.,]\\d)");
    private static final Pattern SHIFTED = compile(" (?:(?<noun>weekend|week|month|year)|" + M + "|(?<wd>" + WORDS.weekday
            + ")|(?<s>" + WORDS.season + "))(?![A-Za-z])");
    private static final Pattern SEASON_YEAR = compile(",? (?:of )?" + YEAR);
    private static final Pattern AGO_BEFORE = compile("(?<![A-Za-z0-9,.])(?<n>" + WORDS.count + "|\\d{1,2}) (?<u>"
            + WORDS.unit + ") $");
    /** How far from a date a word may stand and still tell its tense. */
    private static final int TENSE_REACH = 90;
    private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "for", "during", "by", "until", "over", "since",
            "before", "after", "of", "the", "this", "last", "next", "through", "throughout");
    private static final Set<String> MAY_BEFORE = Set.of("in", "since", "until", "by", "from", "through", "during",
            "before", "after", "of", "the", "on", "early", "late", "mid", "end", "till", "between");
    private static final Pattern MAY_VERB_AFTER = compile(" (?:be|have|not|also|well|need|want|take|seek|prove|use|"
            + "become|lead|help|affect|come|go|get|make|still|even|only|never|soon|already|yet)\\b");
    private static final Set<String> ATTRIBUTIVE = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "whose");
    private static final Set<String> FUTURE = Set.of("will", "shall", "scheduled", "upcoming", "plans", "planned",
            "planning", "expected", "expects", "intends", "forthcoming", "next", "going", "'ll", "await", "awaits");
    private static final Set<String> PAST = Set.of("had", "was", "were", "did", "said", "told", "met", "took", "gave",
            "made", "went", "came", "saw", "held", "left", "sent", "asked", "noted", "stated", "announced", "reported",
            "advised", "recalled", "visited", "arrived", "signed", "occurred", "began", "ended", "returned", "agreed",
            "discussed", "shared", "alerted", "raised", "passed", "presented", "explained", "received", "denied");

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Fact> extract(FactBuilder facts) {
        var p = facts.paragraph();
        if (p.cableDate() == null) {
            return List.of();
        }
        return new Reading(facts, p.text(), new DateResolver(p.cableDate())).read();
    }

    /** One paragraph's reading: the dates found so far, and matchers made once per pattern used. */
    private static final class Reading {

        private final FactBuilder facts;
        private final String text;
        private final DateResolver resolver;
        private final List<Fact> found = new ArrayList<>();
        private final java.util.Map<Pattern, Matcher> matchers = new java.util.HashMap<>();
        private int taken;
        /** The last date the paragraph printed with its year: a narrative's later "October 2" is in the same year. */
        private LocalDate printed;

        Reading(FactBuilder facts, String text, DateResolver resolver) {
            this.facts = facts;
            this.text = text;
            this.resolver = resolver;
        }

        List<Fact> read() {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                if (i < taken || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                var c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    atNumber(i);
                } else if (Character.isLetter(c)) {
                    var word = WORDS.starts.forward(text, i);
                    if (word != null) {
                        atWord(i, word.end(), word.meaning());
                    } else if (c == 'Q') {
                        quarter(i);
                    }
                }
            }
            return found;
        }

        private Matcher at(Pattern pattern, int from) {
            var m = matchers.computeIfAbsent(pattern, k -> k.matcher(text).useTransparentBounds(true));
            m.region(from, Math.min(text.length(), from + 80));
            return m.lookingAt() ? m : null;
        }

        private void add(int start, int end, String iso) {
            if (iso == null || start < taken) {
                return;
            }
            found.add(facts.fact(FactType.DATE, start, end, null, null, null, null, null, null, null, null, iso, null));
            taken = end;
        }

        private void printed(LocalDate date) {
            if (date != null) {
                printed = date;
            }
        }

        private void printed(YearMonth month) {
            printed(month.atDay(1));
        }

        /** A month and day in the year of the last printed date, when that keeps the story in order. */
        private LocalDate inPrintedYear(int month, int day, DateResolver.Tense tense) {
            if (printed == null || tense == DateResolver.Tense.FUTURE
                    || printed.isBefore(resolver.cableDate().minusYears(2))) {
                return null;
            }
            var d = DateResolver.date(printed.getYear(), month, day);
            return d != null && !d.isBefore(printed) && !d.isAfter(resolver.cableDate()) ? d : null;
        }

        private YearMonth inPrintedYear(int month, DateResolver.Tense tense) {
            var d = inPrintedYear(month, 1, tense);
            if (d == null && printed != null && printed.getMonthValue() == month) {
                d = printed;
            }
            return d == null ? null : YearMonth.from(d);
        }

        private YearMonth nearestMonth(int month, boolean attributive, int at) {
            var tense = tense(at, attributive);
            var inherited = attributive ? null : inPrintedYear(month, tense);
            return inherited != null ? inherited : resolver.month(month, tense);
        }

        // ---- numbers -----------------------------------------------------------------------------------------

        private void atNumber(int i) {
            if (i > 0) {
                var before = text.charAt(i - 1);
                if (before == '$' || before == '#' || before == '/' || before == '£' || before == '€') {
                    return;
                }
                if (i > 1 && (before == ',' || before == '.') && Character.isDigit(text.charAt(i - 2))) {
                    return; // inside "1,801"
                }
                if (before == '-' && i > 1 && Character.isLetterOrDigit(text.charAt(i - 2))) {
                    event(i); // "post-9/11"; "IR-40" and "A-19" are no dates
                    return;
                }
            }
            if (event(i)) {
                return;
            }
            Matcher m;
            if ((m = at(ISO, i)) != null) {
                add(i, m.end(), day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d"))));
            } else if ((m = at(NUMERIC, i)) != null) {
                int y = Integer.parseInt(m.group("y"));
                add(i, m.end(), day(y < 100 ? resolver.fullYear(y) : y, Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d"))));
            } else if ((m = at(DAY_RANGE_MONTH, i)) != null && capital(m, "m1")) {
                dayRange(i, m.end(), m, month(m.group("m1")), month(m.group("m1")));
            } else if ((m = at(DAY_MONTH, i)) != null && capital(m, "m1")) {
                monthDay(i, m.end(), m, month(m.group("m1")));
            } else if ((m = at(AGO_DIGITS, i)) != null) {
                add(i, m.end(), resolver.ago(Integer.parseInt(m.group("n")), unit(m.group("u"))));
            } else if ((m = at(DECADE, i)) != null) {
                int start = back(i, "the ");
                int decade = Integer.parseInt(m.group("dec")) * 10;
                add(start, m.end(), decade + "/" + (decade + 9));
            } else if ((m = at(YEAR_RANGE, i)) != null && yearRange(i, m)) {
                return;
            } else if ((m = at(PLAIN_YEAR, i)) != null && isYear(i, m.end())) {
                add(i, m.end(), m.group("y"));
            }
        }

        private boolean yearRange(int i, Matcher m) {
            int y1 = Integer.parseInt(m.group("y1"));
            var second = m.group("y2");
            int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            var sep = m.group("sep").toLowerCase(Locale.ROOT);
            int start = i;
            if (sep.equals("and")) {
                start = back(i, "between ");
                if (start == i) {
                    return false;
                }
            } else if (sep.equals("/") && second.length() == 4) {
                return false;
            } else if (!sep.equals("-") && !sep.equals("–") && !sep.equals("—") && !sep.equals("/")) {
                start = back(i, "from ");
            }
            if (y2 <= y1 || y2 - y1 > 60) {
                return false;
            }
            add(start, m.end(), y1 + "/" + y2);
            return true;
        }

        /** A four-digit number is a year unless the words around it say it counts or names something. */
        private boolean isYear(int start, int end) {
            int y = Integer.parseInt(text.substring(start, start + 4));
            if (y < 1900 || y > 2099) {
                return false;
            }
            int before = start - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && before == start - 2 && WORDS.notYearAfter.backward(text, before + 1) != null) {
                return false;
            }
            int after = end;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            if (after < text.length() && after <= end + 1) {
                if (text.charAt(after) == '%' || WORDS.notYearBefore.forward(text, after) != null) {
                    return false;
                }
            }
            return true;
        }

        private Boolean capitals;

        private boolean allCapitals() {
            if (capitals == null) {
                int lower = 0;
                int upper = 0;
                for (int k = 0; k < text.length(); k++) {
                    var c = text.charAt(k);
                    if (Character.isLowerCase(c)) {
                        lower++;
                    } else if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
                capitals = upper > 4 * lower;
            }
            return capitals;
        }

        private boolean event(int i) {
            var word = WORDS.starts.forward(text, i);
            if (word == null || !word.meaning().kind().equals("event")) {
                return false;
            }
            return eventAt(i, word.end(), word.meaning());
        }

        private boolean eventAt(int start, int end, DateWords.Word word) {
            if (!word.context().isEmpty()) {
                var window = text.substring(end, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT);
                if (word.context().stream().noneMatch(w -> window.contains(w.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
            }
            add(start, end, word.value());
            return true;
        }

        // ---- words -------------------------------------------------------------------------------------------

        private void atWord(int i, int end, DateWords.Word word) {
            switch (word.kind()) {
                case "month" -> atMonth(i);
                case "event" -> {
                    if (!eventAt(i, end, word) && Character.isLetter(text.charAt(i))) {
                        atMonth(i);
                    }
                }
                case "weekday" -> weekday(i, end, word);
                case "season" -> season(i, end, word, null, i);
                case "day" -> relativeDay(i, end, word);
                case "shift" -> shifted(i, end, Integer.parseInt(word.value()));
                case "part" -> part(i, end, word.value());
                case "ordinal" -> ordinal(i, end, Integer.parseInt(word.value()));
                case "fiscal" -> fiscal(i, end);
                case "ago" -> ago(i, end);
                case "weekend" -> theWeekend(i, end);
                default -> {
                }
            }
        }

        private void atMonth(int i) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return;
            }
            Matcher m;
            if ((m = at(CROSS_MONTH_DAYS, i)) != null && capital(m, "m2")) {
                int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : -1;
                var first = y > 0 ? DateResolver.date(y, month(m.group("m1")), Integer.parseInt(m.group("d1")))
                        : resolver.monthDay(month(m.group("m1")), Integer.parseInt(m.group("d1")), tense(i, false));
                if (first != null) {
                    var last = DateResolver.date(first.getYear(), month(m.group("m2")), Integer.parseInt(m.group("d2")));
                    if (last != null && last.isBefore(first)) {
                        last = last.plusYears(1);
                    }
                    if (last != null) {
                        add(back(i, "from ", "between "), m.end(), first + "/" + last);
                        return;
                    }
                }
            }
            if ((m = at(DAY_RANGE, i)) != null) {
                dayRange(i, m.end(), m, month(m.group("m1")), month(m.group("m1")));
                if (taken > i) {
                    return;
                }
            }
            if ((m = at(MONTH_RANGE, i)) != null && capital(m, "m2") && monthRange(i, m)) {
                return;
            }
            if ((m = at(MONTH_DAY, i)) != null && !dtg(i)) {
                monthDay(i, m.end(), m, month(m.group("m1")));
                if (taken > i) {
                    return;
                }
            }
            if ((m = at(MONTH_OF_YEAR, i)) != null) {
                int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : resolver.year(shift(m.group("shift")));
                add(i, m.end(), YearMonth.of(y, month(m.group("m1"))).toString());
                printed(YearMonth.of(y, month(m.group("m1"))));
                return;
            }
            if ((m = at(MONTH_YEAR, i)) != null) {
                var ym = YearMonth.of(Integer.parseInt(m.group("y")), month(m.group("m1")));
                add(i, m.end(), ym.toString());
                printed(ym);
                return;
            }
            if ((m = at(MONTH_RANGE_NO_YEAR, i)) != null && capital(m, "m2") && fullName(m.group("m1"))
                    && fullName(m.group("m2"))) {
                boolean and = m.group("sep").equalsIgnoreCase("and");
                int start = back(i, "from ", "between ");
                if (!and || start < i) {
                    var first = resolver.month(month(m.group("m1")), tense(i, false));
                    var last = YearMonth.of(first.getYear(), month(m.group("m2")));
                    if (last.isBefore(first)) {
                        last = last.plusYears(1);
                    }
                    add(start, m.end(), first + "/" + last);
                    return;
                }
            }
            if ((m = at(MONTH, i)) != null && fullName(m.group("m1"))) {
                var name = m.group("m1");
                var previous = previousWord(i);
                if (name.equalsIgnoreCase("may") && (!MAY_BEFORE.contains(previous)
                        || MAY_VERB_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt())) {
                    return; // "AND MAY BE": the verb, in a text written in capitals
                }
                if (i + name.length() < text.length() && text.charAt(i + name.length()) == '\'') {
                    return; // "April's"
                }
                boolean attributive = ATTRIBUTIVE.contains(previous);
                add(i, m.end(), nearestMonth(month(name), attributive, i).toString());
            }
        }

        private boolean monthRange(int i, Matcher m) {
            var sep = m.group("sep").toLowerCase(Locale.ROOT);
            int start = back(i, "from ", "between ");
            if (sep.equals("and") && start == i) {
                return false;
            }
            int y = Integer.parseInt(m.group("y"));
            int y1 = m.group("y1") != null ? Integer.parseInt(m.group("y1")) : y;
            var first = YearMonth.of(y1, month(m.group("m1")));
            var last = YearMonth.of(y, month(m.group("m2")));
            if (last.isBefore(first)) {
                if (m.group("y1") != null) {
                    return false;
                }
                first = first.minusYears(1);
            }
            add(start, m.end(), first + "/" + last);
            return true;
        }

        private void monthDay(int start, int end, Matcher m, int month) {
            int day = Integer.parseInt(m.group("d1"));
            if (m.group("y") != null) {
                var date = DateResolver.date(Integer.parseInt(m.group("y")), month, day);
                add(start, end, date == null ? null : date.toString());
                printed(date);
            } else {
                var tense = tense(start, false);
                var date = inPrintedYear(month, day, tense);
                if (date == null) {
                    date = resolver.monthDay(month, day, tense);
                }
                add(start, end, date == null ? null : date.toString());
            }
        }

        private void dayRange(int start, int end, Matcher m, int month1, int month2) {
            int d1 = Integer.parseInt(m.group("d1"));
            int d2 = Integer.parseInt(m.group("d2"));
            if (d2 <= d1) {
                return;
            }
            LocalDate first = m.group("y") != null ? DateResolver.date(Integer.parseInt(m.group("y")), month1, d1)
                    : resolver.monthDay(month1, d1, tense(start, false));
            if (first == null) {
                return;
            }
            var last = DateResolver.date(first.getYear(), month2, d2);
            if (last != null) {
                add(start, end, first + "/" + last);
            }
        }

        /** "091700Z SEP 08" is the cable's own time stamp. */
        private boolean dtg(int i) {
            return i >= 2 && text.charAt(i - 2) == 'Z' && i >= 8 && Character.isDigit(text.charAt(i - 3));
        }

        private void weekday(int i, int end, DateWords.Word word) {
            if (!Character.isUpperCase(text.charAt(i)) || word.form().endsWith(".")) {
                return;
            }
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                return; // "Mondays"; "Monday's meeting" is a date
            }
            // "Monday, March 3" and "Monday (March 3)": the date says it
            var after = text.substring(end, Math.min(text.length(), end + 16));
            if (after.matches("(?s),? ?\\(?(?:[0-3]?\\d\\b|" + WORDS.month + ").*")) {
                return;
            }
            var date = resolver.weekday(DayOfWeek.of(Integer.parseInt(word.value())), tense(i, false));
            add(i, end, date.toString());
        }

        private void season(int i, int end, DateWords.Word word, Integer shift, int start) {
            var months = word.value().split("-");
            int first = Integer.parseInt(months[0]);
            int last = Integer.parseInt(months[1]);
            if (shift == null) {
                var m = at(SEASON_YEAR, end);
                if (m != null) {
                    int y = Integer.parseInt(m.group("y"));
                    boolean of = m.group().contains("of");
                    add(of ? back(i, "the ") : i, m.end(), DateResolver.season(first, last, y));
                    return;
                }
                var previous = previousWord(i);
                if (!SEASON_PREPOSITIONS.contains(previous) || text.startsWith(" of", end)) {
                    return;
                }
                if (Character.isUpperCase(text.charAt(i)) && !allCapitals() && !previous.equals("the")) {
                    return; // "Prague Spring"
                }
                if (word.form().equalsIgnoreCase("fall") && !previous.equals("the")) {
                    return;
                }
                start = previous.equals("the") ? back(i, "the ") : i;
            }
            int y = resolver.seasonYear(first, last, shift, shift == null ? tense(i, false) : DateResolver.Tense.NONE);
            add(start, end, DateResolver.season(first, last, y));
        }

        private void relativeDay(int i, int end, DateWords.Word word) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))) {
                int b = i - 1;
                while (b >= 0 && text.charAt(b) == ' ') {
                    b--;
                }
                if (b >= 0 && Character.isLetter(text.charAt(b)) && Character.isUpperCase(firstOfWord(b))) {
                    return; // "USA Today"
                }
            }
            add(i, end, resolver.cableDate().plusDays(Integer.parseInt(word.value())).toString());
        }

        private void shifted(int i, int end, int shift) {
            var previous = previousWord(i);
            if (previous.equals("the") || previous.equals("of")) {
                return; // "the last year", "the next month": durations
            }
            var form = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (!form.equals("last") && !form.equals("next") && !form.equals("this")) {
                return;
            }
            var m = at(SHIFTED, end);
            if (m == null) {
                return;
            }
            if (m.group("noun") != null) {
                switch (m.group("noun").toLowerCase(Locale.ROOT)) {
                    case "week" -> add(i, m.end(), resolver.week(shift));
                    case "weekend" -> add(i, m.end(), resolver.weekend(shift));
                    case "month" -> add(i, m.end(), resolver.monthShift(shift).toString());
                    default -> add(i, m.end(), String.format("%04d", resolver.year(shift)));
                }
            } else if (m.group("m1") != null) {
                if (capital(m, "m1") && fullName(m.group("m1"))) {
                    add(i, m.end(), resolver.month(month(m.group("m1")), shift).toString());
                }
            } else if (m.group("wd") != null) {
                if (Character.isUpperCase(m.group("wd").charAt(0)) && !m.group("wd").endsWith(".")) {
                    var day = DayOfWeek.of(Integer.parseInt(WORDS.word(m.group("wd")).value()));
                    add(i, m.end(), resolver.weekday(day, shift).toString());
                }
            } else {
                var season = WORDS.word(m.group("s"));
                season(m.start("s"), m.end(), season, shift, i);
            }
        }

        private void part(int i, int end, String part) {
            var m = at(PART, end);
            if (m == null) {
                return;
            }
            var form = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (form.equals("mid") && text.charAt(end) == ' ' && m.group("m1") == null) {
                return;
            }
            int start = form.contains(" of") ? back(i, "the ") : back(i, "the ");
            if (!form.contains(" of") && start != i && m.group("dec") == null) {
                start = i; // "the late May" is not a form; "the early 1990s" is
            }
            if (m.group("m1") != null) {
                if (!capital(m, "m1") || m.group("y") == null && !fullName(m.group("m1"))) {
                    return;
                }
                int month = month(m.group("m1"));
                var ym = m.group("y") != null ? YearMonth.of(Integer.parseInt(m.group("y")), month)
                        : nearestMonth(month, false, i);
                add(start, m.end(), ym.toString());
                if (m.group("y") != null) {
                    printed(ym);
                }
            } else if (m.group("dec") != null) {
                int decade = Integer.parseInt(m.group("dec")) * 10;
                var years = WORDS.partYears.get(part);
                add(start, m.end(), (decade + years[0]) + "/" + (decade + years[1]));
            } else {
                int y = m.group("y2") != null ? Integer.parseInt(m.group("y2")) : resolver.year(shift(m.group("shift")));
                var months = WORDS.partMonths.get(part);
                add(start, m.end(), YearMonth.of(y, months[0]) + "/" + YearMonth.of(y, months[1]));
            }
        }

        private void ordinal(int i, int end, int n) {
            var m = at(ORDINAL, end);
            if (m == null) {
                return;
            }
            int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : resolver.year(shift(m.group("shift")));
            int first;
            int last;
            if (m.group("what") != null) {
                boolean half = m.group("what").equalsIgnoreCase("half");
                if (half && n > 2) {
                    return;
                }
                int length = half ? 6 : 3;
                first = (n - 1) * length + 1;
                last = n * length;
            } else {
                if (n != 1) {
                    return;
                }
                var count = m.group("n");
                first = 1;
                last = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
                        : WORDS.counts.get(count.toLowerCase(Locale.ROOT));
                if (last < 2 || last > 11) {
                    return;
                }
            }
            add(back(i, "the "), m.end(), YearMonth.of(y, first) + "/" + YearMonth.of(y, last));
        }

        private void quarter(int i) {
            var m = at(QUARTER, i);
            if (m == null) {
                return;
            }
            int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : resolver.fullYear(Integer.parseInt(m.group("fy")));
            int q = Integer.parseInt(m.group("q"));
            add(i, m.end(), YearMonth.of(y, q * 3 - 2) + "/" + YearMonth.of(y, q * 3));
        }

        private void fiscal(int i, int end) {
            var form = text.substring(i, end);
            if (form.length() <= 3 && !form.toUpperCase(Locale.ROOT).equals(form)) {
                return; // "Fy", "cy": not the abbreviations
            }
            var m = at(FISCAL, end);
            if (m == null) {
                return;
            }
            var y = m.group("y");
            int year = y.length() == 2 ? resolver.fullYear(Integer.parseInt(y)) : Integer.parseInt(y);
            add(i, m.end(), String.format("%04d", year));
        }

        private void ago(int i, int end) {
            var window = text.substring(Math.max(0, i - 24), i);
            var m = AGO_BEFORE.matcher(window);
            if (!m.find()) {
                return;
            }
            int start = i - window.length() + m.start();
            var count = m.group("n");
            int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : WORDS.counts.get(count.toLowerCase(Locale.ROOT));
            if (start < taken) {
                return;
            }
            add(start, end, resolver.ago(n, unit(m.group("u"))));
        }

        private void theWeekend(int i, int end) {
            int start = back(i, "the ");
            if (start == i) {
                return;
            }
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                return;
            }
            add(start, end, resolver.weekend(tense(i, false)));
        }

        // ---- helpers -----------------------------------------------------------------------------------------

        /** Where a phrase starts when one of the words is written right before it ("the 1990s", "from March"). */
        private int back(int i, String... words) {
            for (var w : words) {
                int s = i - w.length();
                if (s >= taken && s >= 0 && text.regionMatches(true, s, w, 0, w.length())
                        && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))) {
                    return s;
                }
            }
            return i;
        }

        private String previousWord(int i) {
            int e = i;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e > 0 && text.charAt(e - 1) == '-') {
                e--;
            }
            int s = e;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            return text.substring(s, e).toLowerCase(Locale.ROOT);
        }

        private char firstOfWord(int at) {
            int s = at;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            return text.charAt(s);
        }

        /**
         * What the sentence says of its time, by the marker nearest the date: "will", "scheduled" look ahead; "had",
         * "was", "said" look back. An attributive month ("the May elections") is left to the nearest.
         */
        private DateResolver.Tense tense(int at, boolean attributive) {
            if (attributive) {
                return DateResolver.Tense.NONE;
            }
            int s = Math.max(Sentences.start(text, at), at - TENSE_REACH);
            int e = Math.min(Sentences.end(text, at), at + TENSE_REACH);
            while (s > 0 && s < at && Character.isLetter(text.charAt(s - 1))) {
                s++;
            }
            var tense = DateResolver.Tense.NONE;
            int best = Integer.MAX_VALUE;
            int k = s;
            while (k < e) {
                while (k < e && !Character.isLetter(text.charAt(k)) && text.charAt(k) != '\'') {
                    k++;
                }
                int w = k;
                while (k < e && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '\'')) {
                    k++;
                }
                if (k - w < 2 || k - w > 12) {
                    continue;
                }
                var word = text.substring(w, k).toLowerCase(Locale.ROOT);
                var t = FUTURE.contains(word) ? DateResolver.Tense.FUTURE
                        : PAST.contains(word) ? DateResolver.Tense.PAST : null;
                if (t == null && word.equals("have") && w >= 6
                        && text.regionMatches(true, w - 6, "would ", 0, 6)) {
                    t = DateResolver.Tense.PAST;
                }
                if (t == null && word.equals("be") && w >= 3 && text.regionMatches(true, w - 3, "to ", 0, 3)) {
                    t = DateResolver.Tense.FUTURE; // "to be completed in September"
                }
                if (t != null && Math.abs(w - at) < best) {
                    best = Math.abs(w - at);
                    tense = t;
                }
            }
            return tense;
        }

        private boolean capital(Matcher m, String group) {
            return Character.isUpperCase(text.charAt(m.start(group)));
        }

        private String day(int y, int month, int day) {
            var d = DateResolver.date(y, month, day);
            return d == null ? null : d.toString();
        }
    }

    private static int month(String name) {
        return Integer.parseInt(WORDS.word(name).value());
    }

    /** A month named in full ("March", "MARCH"), not an abbreviation that only a day or year may follow. */
    private static boolean fullName(String name) {
        var word = WORDS.word(name);
        return word != null && !name.endsWith(".") && (name.length() >= 5 || name.equalsIgnoreCase("may")
                || name.equalsIgnoreCase("june") || name.equalsIgnoreCase("july"));
    }

    private static String unit(String form) {
        return WORDS.word(form).value();
    }

    private static int shift(String form) {
        return Integer.parseInt(WORDS.word(form).value());
    }
}
