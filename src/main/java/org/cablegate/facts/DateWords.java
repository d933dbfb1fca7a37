package org.cablegate.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of dates, read once from {@code facts/dates.tsv}: month and weekday names and abbreviations, seasons,
 * relative days, shifts ("last", "next"), parts ("early", "end of"), ordinals, counts, fiscal-year forms, dates known
 * by a name, and the words around a number that say it is not a year. Immutable once built; thread-safe.
 */
final class DateWords {

    /** What a word found in the text is, and its value ("March" is a month, 3). */
    record Word(String kind, String value, String form, List<String> context) {
    }

    private static final DateWords STANDARD = new DateWords(lines("/facts/dates.tsv"));

    /** Every form that starts a date phrase, found at word starts. */
    final Phrases<Word> starts = new Phrases<>();
    final Phrases<Word> notYearAfter = new Phrases<>();
    final Phrases<Word> notYearBefore = new Phrases<>();
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Map<String, int[]> partMonths = new HashMap<>();
    final Map<String, int[]> partYears = new HashMap<>();
    /** Alternations for the grammar's patterns, longest form first. */
    final String month;
    final String weekday;
    final String season;
    final String count;
    final String ordinal;
    final String part;
    final String unit;
    private final Map<String, Word> byForm = new HashMap<>();

    DateWords(List<String> lines) {
        var forms = new HashMap<String, List<String>>();
        for (var line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException("dates: 3 columns expected: " + line);
            }
            var kind = columns[0];
            var value = columns[1];
            var context = columns.length > 3 && !columns[3].equals("-") ? List.of(columns[3].split("\\|")) : List.<String>of();
            for (var form : columns[2].split("\\|")) {
                var word = new Word(kind, value, form, context);
                switch (kind) {
                    case "not-year-after" -> notYearAfter.add(form, word, false);
                    case "not-year-before" -> notYearBefore.add(form, word, false);
                    case "part-months" -> partMonths.put(value, range(form));
                    case "part-years" -> partYears.put(value, range(form));
                    default -> {
                        if (!kind.equals("count") && !kind.equals("unit")) {
                            starts.add(form, word, false);
                        }
                        byForm.putIfAbsent(lower(form), word);
                        forms.computeIfAbsent(kind, k -> new ArrayList<>()).add(form);
                        if (kind.equals("count")) {
                            counts.put(lower(form), Integer.parseInt(value));
                        } else if (kind.equals("ordinal")) {
                            ordinals.put(lower(form), Integer.parseInt(value));
                        }
                    }
                }
            }
        }
        month = alternation(forms.get("month"));
        weekday = alternation(forms.get("weekday"));
        season = alternation(forms.get("season"));
        count = alternation(forms.get("count"));
        ordinal = alternation(forms.get("ordinal"));
        part = alternation(forms.get("part"));
        unit = alternation(forms.get("unit"));
    }

    static DateWords standard() {
        return STANDARD;
    }

    /** The word a form means ("Sept." → month 9), or null. */
    Word word(String form) {
        return byForm.get(lower(form));
    }

    private static int[] range(String form) {
        var dash = form.indexOf('-');
        return new int[]{Integer.parseInt(form.substring(0, dash)), Integer.parseInt(form.substring(dash + 1))};
    }

    private static String alternation(List<String> forms) {
        return Objects.requireNonNull(forms).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String lower(String form) {
        return form.toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String resource) {
        var in = Objects.requireNonNull(DateWords.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
