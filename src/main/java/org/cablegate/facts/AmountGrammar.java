package org.cablegate.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The grammar of amounts, read at each place a number starts:
 *
 * <pre>
 * amount   = [qualifier] ["between" | "from"] term [connector term]
 * term     = [sign] [currency] number [multiplier] [unit | currency] [rate]
 * connector= "-" | "–" | "—" | "to" | "and" (after "between")
 * </pre>
 *
 * A unit or currency written on either side and on either end or both ("$10,000 to $15,000", "100-120 tons",
 * "12.5 percent to 14 percent") belongs to the whole range, and so does a multiplier written once on the high end
 * ("20 to 25 million tons", "$2-3 billion"). A range must rise and its ends agree in kind; a year is never its low end
 * ("4 million tons in 2006 to 3.1 million tons"). Words come from the {@link Vocabulary}. Thread-safe.
 */
final class AmountGrammar {

    /** Approximations and bounds kept as a qualifier, longest first where one holds another. */
    private static final List<String> QUALIFIERS = List.of("no more than", "not more than", "no less than",
            "not less than", "more than", "less than", "fewer than", "greater than", "at least", "at most", "up to",
            "as much as", "as many as", "as high as", "as little as", "as few as", "as low as", "an estimated",
            "estimated", "close to", "in excess of", "upwards of", "just over", "just under", "well over",
            "well under", "approximately", "approx.", "approx", "about", "around", "roughly", "some", "nearly",
            "almost", "over", "under", "below", "above", "exceeding", "circa", "only", "maximum", "minimum",
            "an additional", "another");
    private static final Phrases<String> QUALIFIER_PHRASES = new Phrases<>();
    /** Words before a four-digit number that make it a year, not the low end of a range. */
    private static final Set<String> YEAR_WORDS = Set.of("in", "since", "by", "until", "till", "during", "year",
            "before", "after", "early", "late", "mid", "fiscal", "FY", "calendar");
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "hour", "annum", "quarter");
    private static final java.util.Map<String, String> ADVERBS = java.util.Map.of("annually", "year", "daily", "day",
            "monthly", "month", "weekly", "week", "yearly", "year");
    /** Words between a number and a unit that do not describe what is counted: "5 of the tons" is no amount. */
    private static final Set<String> NOT_DESCRIBING = Set.of("and", "the", "for", "from", "per", "with", "than",
            "that", "this", "these", "those", "its", "their", "his", "her", "our", "was", "were", "are", "has", "had",
            "have", "into", "over", "under", "about", "each", "out", "off", "all", "not", "but");
    /** Words of change that make "from X to Y" a movement between two values rather than a range. */
    private static final java.util.regex.Pattern CHANGE = java.util.regex.Pattern.compile(
            "(?i)\\b(increas\\w*|decreas\\w*|rose|rise[sn]?|rising|fell|fall\\w*|grew|grow\\w*|drop\\w*|declin\\w*"
                    + "|reduc\\w*|cut\\w*|rais\\w*|lower\\w*|jump\\w*|climb\\w*|slid\\w*|slip\\w*|plung\\w*|soar\\w*"
                    + "|expand\\w*|shr[iau]nk\\w*|doubl\\w*|tripl\\w*|halv\\w*|slash\\w*|boost\\w*|went|gone|moved"
                    + "|chang\\w*)\\b");

    static {
        QUALIFIERS.forEach(q -> QUALIFIER_PHRASES.add(q, q, false));
    }

    private final Vocabulary words;

    AmountGrammar(Vocabulary words) {
        this.words = words;
    }

    /** The amounts of a text, in order and without overlaps, read at the given number starts. */
    List<Amount> read(String text, List<Integer> starts, String refId) {
        var amounts = new ArrayList<Amount>();
        int after = 0;
        for (int start : starts) {
            if (start < after) {
                continue;
            }
            for (var amount : at(text, start, refId)) {
                if (amount.start() >= after) {
                    amounts.add(amount);
                    after = amount.end();
                }
            }
        }
        return amounts;
    }

    /**
     * The amounts read from the number at {@code at}: none, one, or two when the number is coordinated with or moves
     * to another ("45 and 5 percent", "dropped from 120 USD to 60").
     */
    List<Amount> at(String text, int at, String refId) {
        var first = term(text, at, refId, true);
        if (first == null) {
            return List.of();
        }
        var between = wordBefore(text, first.start(), "between");
        var next = secondTerm(text, first.end(), refId);
        if (next != null) {
            var second = next.term();
            var coordinated = next.connector().equals("and") && !between;
            if (coordinated) {
                // "45 and 5 percent stakes": a bare number shares the unit of the one it is coordinated with
                if (first.isBare() && !first.number().yearLike() && !second.isBare()) {
                    return List.of(single(text, first.as(second)), single(text, second));
                }
            } else if (next.connector().equals("to") && isMovement(text, first)) {
                // "has dropped from 120 USD to 60": two values, not a range; a bare one takes the other's unit
                if (!first.isBare()) {
                    return List.of(single(text, first), single(text, second.isBare() ? second.as(first) : second));
                }
                if (!second.isBare() && !first.number().yearLike()) {
                    return List.of(single(text, first.as(second)), single(text, second));
                }
            }
            if (!coordinated) {
                var range = range(text, first, second);
                if (range != null) {
                    return List.of(range);
                }
                if (first.isBare()) {
                    return second.isBare() ? List.of() : List.of(single(text, second));
                }
            }
        }
        if (first.isBare() && !first.number().multiplied()) {
            return List.of();
        }
        return List.of(single(text, first));
    }

    /**
     * "from X to Y" after a word of change in the same sentence: "rose from 5 to 7 percent", "increasing trade by 50%,
     * from a total annual value of $40 billion to $60 billion".
     */
    private static boolean isMovement(String text, Term first) {
        int sentence = Sentences.start(text, first.start());
        int from = text.lastIndexOf("from ", first.start());
        if (from < sentence || first.start() - from > 50 || from > 0 && Character.isLetter(text.charAt(from - 1))) {
            return false;
        }
        for (int i = from; i < first.start(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // the "from" of another number
            }
        }
        return CHANGE.matcher(text.substring(sentence, from)).find();
    }

    /** One end of an amount: a number with what is written around it. */
    private record Term(int start, int end, Numbers.Number number, Unit unit, String currency, String per,
                        char sign, boolean currencyBefore) {

        boolean isBare() {
            return unit == null && currency == null;
        }

        /** This number with the unit or currency of another: "45" of "45 and 5 percent". */
        Term as(Term other) {
            return new Term(start, number.end(), number, other.unit, other.currency, null, sign, false);
        }

        boolean sameKind(Term other) {
            if (currency != null || other.currency != null) {
                return java.util.Objects.equals(currency, other.currency);
            }
            return unit.symbol().equals(other.unit.symbol());
        }
    }

    /**
     * A term whose number starts at {@code at}. {@code withSign} reads a printed sign before it ("-1.2%"); the second
     * end of a range takes none ("100-120").
     */
    private Term term(String text, int at, String refId, boolean withSign) {
        var number = Numbers.at(text, at);
        if (number == null) {
            return null;
        }
        int start = at;
        String currency = null;
        var before = currencyBefore(text, at, refId);
        if (before != null) {
            start = before.start();
            currency = before.meaning();
            var glued = number.multiplied() ? null : Numbers.moneyMultiplier(text, number.end());
            if (glued != null) {
                number = new Numbers.Number(number.start(), number.end() + 1, Numbers.plain(number.base()
                        .multiply(glued)), number.base(), glued, false);
            }
        }
        var after = after(text, number.end(), refId, number.yearLike());
        if (after == null && number.end() < text.length() && Character.isLetterOrDigit(text.charAt(number.end()))) {
            return null; // "5th", "1990s", "3G": not an amount
        }
        char sign = 0;
        if (withSign && start == at && at > 0 && "-−–+".indexOf(text.charAt(at - 1)) >= 0
                && (at == 1 || " (".indexOf(text.charAt(at - 2)) >= 0)) {
            sign = text.charAt(at - 1) == '+' ? '+' : '-';
            start = at - 1;
        }
        if (currency != null) {
            // "$5 million": the symbol says what it is; what follows is the sentence, unless it says it again
            var end = after != null && currency.equals(after.currency()) ? after.end() : number.end();
            return new Term(start, end, number, null, currency, null, sign, true);
        }
        if (after == null) {
            return new Term(start, number.end(), number, null, null, null, sign, false);
        }
        return new Term(start, after.end(), number, after.unit(), after.currency(), after.per(), sign, false);
    }

    /** What follows a number: a currency, or a unit with the period of a rate. */
    private record After(int end, Unit unit, String currency, String per) {
    }

    private After after(String text, int at, String refId, boolean yearLike) {
        if (at >= text.length()) {
            return null;
        }
        var c = text.charAt(at);
        int from = c == ' ' || c == '-' ? at + 1 : at;
        if (from >= text.length() || from == at && Character.isDigit(c)) {
            return null;
        }
        var currency = words.currencies.forward(text, from);
        var code = currency == null ? null : currency.meaning().codeIn(refId);
        var unit = words.units.forward(text, from);
        if (code != null && (unit == null || currency.end() >= unit.end())) {
            return new After(currency.end(), null, code, null);
        }
        if (unit != null && isTitleCase(text, unit)) {
            unit = null; // "Seven Mile Dam", "Three Meters Road": a name
        }
        if (unit == null && c == ' ' && !yearLike) {
            unit = afterOneWord(text, from);
        }
        if (unit == null) {
            return null;
        }
        var meaning = unit.meaning();
        var rate = meaning.per() == null && !meaning.isPercent() ? rate(text, unit.end()) : null;
        // "barrels per day": the period is the fact's per; the words stay outside its text, like a price's "a kilo"
        return new After(unit.end(), meaning, null, rate == null ? meaning.per() : rate);
    }

    /** One capitalised word of four letters or more: "Mile" of "Seven Mile Dam"; not "British Thermal Units". */
    private static boolean isTitleCase(String text, Phrases.Match<Unit> unit) {
        return unit.end() - unit.start() >= 4 && Character.isUpperCase(text.charAt(unit.start()))
                && Character.isLowerCase(text.charAt(unit.start() + 1))
                && text.substring(unit.start(), unit.end()).indexOf(' ') < 0;
    }

    /** "50 ecstasy pills", "700,000 total hectares": one describing word between a number and its unit. */
    private Phrases.Match<Unit> afterOneWord(String text, int from) {
        int i = from;
        while (i < text.length() && i - from <= 15 && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        if (i - from < 3 || i >= text.length() || text.charAt(i) != ' '
                || NOT_DESCRIBING.contains(text.substring(from, i))) {
            return null;
        }
        var unit = words.units.forward(text, i + 1);
        return unit != null && !unit.meaning().isPercent() && !isTitleCase(text, unit) ? unit : null;
    }

    /** The period of a rate after its unit: " per day", " a year", "/day", " per annum", " annually"; or null. */
    private static String rate(String text, int at) {
        int from;
        if (text.startsWith("/", at)) {
            from = at + 1;
        } else if (text.startsWith(" per ", at) || text.startsWith("-per-", at)) {
            from = at + 5;
        } else if (text.startsWith(" a ", at)) {
            from = at + 3;
        } else if (text.startsWith(" an ", at)) {
            from = at + 4;
        } else if (text.startsWith(" ", at)) {
            from = at + 1;
        } else {
            return null;
        }
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        var word = text.substring(from, end).toLowerCase(Locale.ROOT);
        var period = from == at + 1 && text.charAt(at) == ' ' ? ADVERBS.get(word) : PERIODS.contains(word) ? word : null;
        return "annum".equals(period) ? "year" : period;
    }

    /**
     * A currency written just before a number: "$", "US$ ", "EUR ", "Hong Kong $", "Reals 12.5 million", and a name
     * before a bare symbol that decides it ("Reals $2.1 million": BRL). Null when none or when the post leaves it open.
     */
    private Phrases.Match<String> currencyBefore(String text, int at, String refId) {
        int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        if (end == 0) {
            return null;
        }
        var last = text.charAt(end - 1);
        if (Character.isDigit(last)) {
            return null;
        }
        var match = words.currencies.backward(text, end);
        if (match == null || end == at && Character.isLetter(last) && !isCode(text, match)) {
            return null; // glued to a word: "H5N1", "F16"; but "USD4 million" is money
        }
        var code = match.meaning().codeIn(refId);
        var form = text.substring(match.start(), match.end());
        if (Character.isLowerCase(form.charAt(0))) {
            return null; // "dollars 2 years ago": a name in lower case ends an amount, it does not start one
        }
        if (form.equals("$") && match.start() > 1) {
            // "Reals $2.1 million", "Canadian $5": a name before the symbol decides which dollar
            int nameEnd = text.charAt(match.start() - 1) == ' ' ? match.start() - 1 : match.start();
            var name = words.currencies.backward(text, nameEnd);
            var nameCode = name == null ? null : name.meaning().codeIn(refId);
            if (nameCode != null && Character.isLetter(text.charAt(name.end() - 1))) {
                return new Phrases.Match<>(name.start(), match.end(), nameCode);
            }
        }
        return code == null ? null : new Phrases.Match<>(match.start(), match.end(), code);
    }

    private static boolean isCode(String text, Phrases.Match<?> match) {
        if (match.end() - match.start() != 3) {
            return false;
        }
        for (int i = match.start(); i < match.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A second term and the word that joins it to the first: "-", "to" or "and". */
    private record Next(Term term, String connector) {
    }

    /** The term after a term ending at {@code at}, or null when no connector and number follow. */
    private Next secondTerm(String text, int at, String refId) {
        int i = at;
        int n = text.length();
        if (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return null;
        }
        var c = text.charAt(i);
        String connector;
        if (c == '-' || c == '–' || c == '—') {
            connector = "-";
            i++;
            if (i < n && text.charAt(i) == ' ') {
                i++;
            }
        } else if (i > at && text.startsWith("to ", i)) {
            connector = "to";
            i += 3;
        } else if (i > at && text.startsWith("and ", i)) {
            connector = "and";
            i += 4;
        } else {
            return null;
        }
        if (i >= n) {
            return null;
        }
        int numberAt = i;
        if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
            // "$10,000 to $15,000", "EUR 5 - EUR 7 million"
            var currency = words.currencies.forward(text, i);
            if (currency != null) {
                numberAt = currency.end() < n && text.charAt(currency.end()) == ' ' ? currency.end() + 1 : currency.end();
            }
        }
        if (numberAt >= n || !Character.isDigit(text.charAt(numberAt)) && Numbers.words(text, numberAt) == null) {
            return null;
        }
        var term = term(text, numberAt, refId, false);
        return term == null || term.start() < i ? null : new Next(term, connector);
    }

    /** The range of two terms, or null when they do not make one. */
    private Amount range(String text, Term first, Term second) {
        if (first.isBare() && second.isBare()) {
            return null;
        }
        if (!first.isBare() && !second.isBare() && !first.sameKind(second)) {
            return null;
        }
        if (!first.isBare() && second.isBare() && !first.currencyBefore()) {
            return null; // "5 tons to 7": the unit ended the amount
        }
        var low = first.number();
        var high = second.number();
        if (low.yearLike() && first.isBare() && (high.multiplied() || yearWordBefore(text, first.start()))) {
            return null; // "in 2006 to 3.1 million tons"
        }
        if (!low.multiplied() && high.multiplied() && low.base().compareTo(high.base()) <= 0) {
            low = low.times(high.multiplier());
        }
        if (low.value().compareTo(high.value()) >= 0) {
            return null;
        }
        var kind = first.isBare() ? second : first;
        var unit = kind.unit();
        var per = second.per() != null ? second.per() : first.per();
        return new Amount(first.start(), second.end(), null, normalise(unit, low.value()),
                normalise(unit, high.value()), unit, kind.currency(), per, qualifier(text, first.start()), first.sign());
    }

    private Amount single(String text, Term term) {
        var value = normalise(term.unit(), term.number().value());
        if (term.sign() == '-') {
            value = value.negate();
        }
        return new Amount(term.start(), term.end(), value, null, null, term.unit(), term.currency(), term.per(),
                qualifier(text, term.start()), term.sign());
    }

    private static BigDecimal normalise(Unit unit, BigDecimal value) {
        return unit == null ? value : unit.normalise(value);
    }

    /** The qualifier just before an amount, or before its "between" or "from". */
    private static String qualifier(String text, int start) {
        int end = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        for (var skip : List.of("between", "from")) {
            if (end >= skip.length() && text.regionMatches(true, end - skip.length(), skip, 0, skip.length())
                    && Phrases.boundary(text, end - skip.length())) {
                end = end - skip.length() > 0 && text.charAt(end - skip.length() - 1) == ' '
                        ? end - skip.length() - 1 : end - skip.length();
                break;
            }
        }
        var match = QUALIFIER_PHRASES.backward(text, end);
        return match == null ? null : match.meaning();
    }

    private static boolean wordBefore(String text, int start, String word) {
        int end = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length())
                && Phrases.boundary(text, end - word.length());
    }

    private static boolean yearWordBefore(String text, int start) {
        int end = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        var word = text.substring(from, end);
        return YEAR_WORDS.contains(word) || YEAR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
