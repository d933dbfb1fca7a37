package org.cablegate.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fidelity as a number: for every WikiLeaks page of the corpus, which fields the page shows (found in the page's own
 * text by simple, independent tests) and whether the parsed cable has each of them. Prints a table; asserts floors.
 *
 * <ul>
 *   <li>tags: a line that starts with TAGS (or TAG, TAGES, TAS:) → the cable has tags;</li>
 *   <li>subject: a line that starts with SUBJECT or SUBJ → a subject;</li>
 *   <li>references: a REF line naming a station and a number → at least one reference;</li>
 *   <li>signer: the body's last line of text is a surname in capitals → a signer;</li>
 *   <li>paragraphs: every paragraph the page anchors ({@code id='par5'}) → a paragraph with that number;</li>
 *   <li>headings: a line in capitals over an anchored paragraph, after a sentence or a blank line → that paragraph's
 *       heading holds it.</li>
 * </ul>
 */
class FidelityReportTest {

    private static final Pattern TAGS = Pattern.compile("(?im)^\\s*(?:TAGE?S|TAG|TAS|TABS|TGS)\\b");
    private static final Pattern SUBJECT = Pattern.compile("(?im)^\\s*S?UBJ(?:ECT)?\\b");
    private static final Pattern REF = Pattern.compile("(?m)^\\s*(?i:REF(?:S|TEL|TELS)?)\\b[^\\n]{0,40}?[A-Z]{3,}\\s+\\d");
    private static final Pattern ANCHOR = Pattern.compile("id=['\"]par(\\d+)['\"]");
    private static final Pattern SURNAME = Pattern.compile("[A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?");
    private static final Pattern FOOT = Pattern.compile(
            "(?i)(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|SIPDIS|NOFORN|NNNN|Declassified/Released.*|(?:Systematic )?Review \\d.*)");
    private static final Pattern PARAGRAPH = Pattern.compile("^\\s*¶?\\s?\\d{1,3}\\s?[.,]");

    /** Fields in table order. */
    private static final List<String> FIELDS = List.of("tags", "subject", "references", "signer", "paragraphs", "headings");

    @Test
    void reportsHowManyCablesParseWithEveryFieldThePageShows() throws Exception {
        var parser = new CableParser();
        Map<String, int[]> tally = new LinkedHashMap<>();
        FIELDS.forEach(f -> tally.put(f, new int[2]));
        int complete = 0;
        var misses = new ArrayList<String>();
        var pages = RealPages.htmlPages();
        for (var page : pages) {
            var html = Files.readString(page.file());
            var pres = Jsoup.parse(html).select("pre");
            var body = pres.last().wholeText();
            var cable = parser.parse(html);
            boolean all = true;
            for (var field : FIELDS) {
                var shown = shows(field, body, html);
                if (!shown) {
                    continue;
                }
                tally.get(field)[0]++;
                var has = has(field, cable, body, html);
                if (has) {
                    tally.get(field)[1]++;
                } else {
                    all = false;
                    misses.add(page + " " + field);
                }
            }
            if (all) {
                complete++;
            }
        }
        System.out.println("Fidelity over " + pages.size() + " WikiLeaks pages: field, pages showing it, parsed with it");
        tally.forEach((field, t) -> System.out.printf("  %-11s %3d  %3d  %5.1f %%%n", field, t[0], t[1], 100.0 * t[1] / Math.max(1, t[0])));
        System.out.printf("  every field the page shows: %d of %d cables%n", complete, pages.size());
        misses.forEach(m -> System.out.println("  missing: " + m));
        assertTrue(pages.size() >= 88, "the corpus's pages are all here: " + pages.size());
        // floors: the figures measured when the report was written (75 of 88 complete), less a little
        assertTrue(complete * 100 >= pages.size() * 84, "at least 84 % of the cables complete: " + complete);
        var floors = Map.of("tags", 98, "subject", 98, "signer", 98, "references", 94, "paragraphs", 92, "headings", 70);
        floors.forEach((field, floor) -> {
            var t = tally.get(field);
            assertTrue(t[1] * 100 >= t[0] * floor, field + ": " + t[1] + " of " + t[0] + ", floor " + floor + " %");
        });
    }

    private static boolean shows(String field, String body, String html) {
        return switch (field) {
            case "tags" -> TAGS.matcher(body).find();
            case "subject" -> SUBJECT.matcher(body).find();
            case "references" -> REF.matcher(body).find();
            case "signer" -> lastLine(body) != null && SURNAME.matcher(lastLine(body)).matches();
            case "paragraphs" -> ANCHOR.matcher(html).find();
            case "headings" -> !headings(body).isEmpty();
            default -> false;
        };
    }

    private static boolean has(String field, ParsedCable cable, String body, String html) {
        return switch (field) {
            case "tags" -> !cable.caption().tags().isEmpty();
            case "subject" -> cable.caption().subject() != null;
            case "references" -> !cable.caption().references().isEmpty();
            case "signer" -> cable.caption().signer() != null;
            case "paragraphs" -> {
                var keys = cable.paragraphs().stream().map(p -> p.n().replaceFirst("-\\d+$", "")).toList();
                var m = ANCHOR.matcher(html);
                boolean every = true;
                while (m.find()) {
                    every &= keys.contains(m.group(1));
                }
                yield every;
            }
            case "headings" -> {
                var parsed = cable.paragraphs().stream().map(Paragraph::heading).filter(h -> h != null)
                        .map(h -> h.toUpperCase(Locale.ROOT)).toList();
                yield headings(body).stream().allMatch(h -> parsed.stream().anyMatch(p -> p.contains(h)));
            }
            default -> false;
        };
    }

    /** The last line of text of the body, past the foot of the page; null when there is none. */
    private static String lastLine(String body) {
        var lines = body.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            var t = lines[i].trim();
            if (t.isEmpty() || FOOT.matcher(t).matches()) {
                continue;
            }
            return t;
        }
        return null;
    }

    /** Lines in capitals standing alone right over a numbered paragraph, after a blank line or a sentence. */
    static List<String> headings(String body) {
        var lines = body.split("\n");
        var found = new ArrayList<String>();
        for (int i = 1; i + 1 < lines.length; i++) {
            var t = lines[i].trim();
            var before = lines[i - 1].trim();
            if (t.length() < 4 || t.length() > 60 || t.endsWith(".") || !t.equals(t.toUpperCase(Locale.ROOT))
                    || t.chars().noneMatch(Character::isLetter) || PARAGRAPH.matcher(t).find()
                    || t.chars().filter(Character::isLetter).count() < 4) {
                continue;
            }
            int j = i + 1;
            while (j < lines.length && (lines[j].isBlank() || lines[j].trim().matches("[-=_]{3,}"))) {
                j++;
            }
            var standsApart = before.isEmpty() || before.endsWith(".") || before.matches("[-=_]{3,}");
            // only in cables not printed all in capitals: there a line in capitals is marked out
            if (j < lines.length && PARAGRAPH.matcher(lines[j]).find() && standsApart
                    && !lines[j].equals(lines[j].toUpperCase(Locale.ROOT))) {
                found.add(Lines.squash(t.replaceAll("^[-/]+|[-/]+$", "")).toUpperCase(Locale.ROOT));
            }
        }
        return found;
    }
}
