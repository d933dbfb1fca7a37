package org.cablegate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test tables of the peer parser heuer/cablemap ({@code cablemap.core/tests/test_reader_*.py} at commit 42066c8),
 * brought over as data ({@code src/test/resources/cablemap/*.json}, written by {@code extract.py} there). Each input is
 * set in a minimal bare cable and run through {@link CableParser}; the field read back is compared with the peer's
 * expected value.
 *
 * <p>Cases listed in {@code EXCLUSIONS.md} are expected to differ (each with its reason): they are checked to still
 * differ, so the list stays true, and per field they may be at most 5 % of the cases run. Cases that name a cable
 * by ID instead of giving its text run when that cable is one of the corpus samples, and are left out otherwise.
 */
class PeerCasesTest {

    private static final Path DATA = Path.of("src/test/resources/cablemap");
    private static final Pattern EXCLUDED = Pattern.compile("(?m)^- `([a-z-]+-\\d{3})`");
    private static final Pattern REF_ID = Pattern.compile("(\\d{2})([A-Z]+?)(\\d+)");
    private static final CableParser PARSER = new CableParser();
    private static final Map<String, int[]> TALLY = new LinkedHashMap<>();

    private static Set<String> excluded() throws IOException {
        var m = EXCLUDED.matcher(Files.readString(DATA.resolve("EXCLUSIONS.md")));
        var ids = new java.util.HashSet<String>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** What one field of one case came out as, and what the peer expects. */
    record Outcome(String id, Object expected, Object actual) {
        boolean same() {
            return Objects.equals(expected, actual);
        }
    }

    @TestFactory
    Stream<DynamicTest> tags() throws IOException {
        return field("tags", c -> {
            var cable = parse(c, true);
            return cable.caption().tags();
        }, c -> strings(c.get("expected")));
    }

    @TestFactory
    Stream<DynamicTest> references() throws IOException {
        return field("references", c -> {
            var cable = parse(c, true);
            return cable.caption().references().stream().map(Reference::refId).distinct().toList();
        }, c -> strings(c.get("expected")));
    }

    @TestFactory
    Stream<DynamicTest> subjects() throws IOException {
        // We always take the marking off a subject: a case asking the peer to keep it is compared without it. The
        // peer gives "" for no subject, we give null.
        return field("subjects", c -> parse(c, true).caption().subject(), c -> {
            var expected = c.get("expected").asText();
            if (expected.isEmpty()) {
                return null;
            }
            return c.path("options").path("clean").asBoolean(true) ? expected : expected.replaceFirst("^\\([A-Z/]{1,8}\\)\\s+", "");
        });
    }

    @TestFactory
    Stream<DynamicTest> signers() throws IOException {
        // The peer's "canonicalize" option upper-cases the name; we keep it as printed, so it is compared upper-cased.
        return field("signers", c -> {
            var signer = parse(c, false).caption().signer();
            if (signer != null && c.path("options").path("canonicalize").asBoolean(false)) {
                signer = signer.toUpperCase(java.util.Locale.ROOT);
            }
            return signer == null ? List.of() : List.of(signer);
        }, c -> strings(c.get("expected")));
    }

    @TestFactory
    Stream<DynamicTest> summaries() throws IOException {
        // The peer keeps line breaks inside a summary; we give a summary as one line: compared with spaces squashed.
        return field("summaries", c -> parse(c, false).caption().summary(),
                c -> c.get("expected").isNull() ? null : Lines.squash(c.get("expected").asText()));
    }

    @TestFactory
    Stream<DynamicTest> classifiedBy() throws IOException {
        // The peer's "normalize" option title-cases the name; we keep it as printed, so it is compared title-cased.
        return field("classified-by", c -> {
            var names = parse(c, true).caption().classifiers();
            // the peer title-cases by default when it reads a whole cable
            return c.path("options").path("normalize").asBoolean(c.has("cable"))
                    ? names.stream().map(ClassifiedBy::titleCase).toList() : names;
        }, c -> strings(c.get("expected")));
    }

    @TestFactory
    Stream<DynamicTest> recipients() throws IOException {
        return field("recipients", c -> {
            var header = HeaderParser.parse(c.get("header").asText());
            var list = c.get("list").asText().equals("to") ? header.to() : header.info();
            return list.stream().map(r -> r.name() + "|" + r.precedence()).toList();
        }, c -> {
            var out = new ArrayList<String>();
            c.get("expected").forEach(r -> out.add(r.get("name").asText() + "|" + (r.get("precedence").isNull() ? null : r.get("precedence").asText())));
            return out;
        });
    }

    @TestFactory
    Stream<DynamicTest> canonicalIds() throws IOException {
        return field("canonical-ids", c -> ReferenceIds.canonical(c.get("input").asText()), c -> c.get("expected").asText());
    }

    @TestFactory
    Stream<DynamicTest> declassifyOn() throws IOException {
        return field("declassify-on", c -> {
            var on = parse(c, true).header().declassifyOn();
            return on == null ? null : on.toString();
        }, c -> c.get("expected").isNull() ? null : c.get("expected").asText());
    }

    interface Reader {
        Object read(JsonNode c) throws Exception;
    }

    private Stream<DynamicTest> field(String name, Reader actual, java.util.function.Function<JsonNode, Object> expected)
            throws IOException {
        var excluded = excluded();
        var cases = new ObjectMapper().readTree(DATA.resolve(name + ".json").toFile());
        var tests = new ArrayList<DynamicTest>();
        var outcomes = new ArrayList<Outcome>();
        var exclusions = new ArrayList<String>();
        for (var c : cases) {
            var id = c.get("id").asText();
            if (c.has("cable") && source(c.get("cable").asText()) == null) {
                continue; // left out: the peer names the cable, whose text we do not have
            }
            Object got;
            try {
                got = actual.read(c);
            } catch (Exception e) {
                got = "refused: " + e.getMessage();
            }
            var outcome = new Outcome(id, expected.apply(c), got);
            outcomes.add(outcome);
            if (excluded.contains(id)) {
                exclusions.add(id);
                tests.add(DynamicTest.dynamicTest(id + " (listed as differing)", () -> assertNotEquals(outcome.expected(), outcome.actual(),
                        id + " passes now: take it off EXCLUSIONS.md")));
            } else {
                tests.add(DynamicTest.dynamicTest(id, () -> assertEquals(outcome.expected(), outcome.actual(), id + " " + input(c))));
            }
        }
        var passed = (int) outcomes.stream().filter(Outcome::same).count();
        TALLY.put(name, new int[]{passed, outcomes.size(), cases.size()});
        tests.add(DynamicTest.dynamicTest(name + ": at most 5 % of the cases listed as differing", () -> assertTrue(
                exclusions.size() * 20 <= outcomes.size(), name + ": " + exclusions.size() + " of " + outcomes.size() + " listed")));
        return tests.stream();
    }

    @AfterAll
    static void printRates() {
        System.out.println("peer cases (heuer/cablemap): field, passed / run (of cases in the table)");
        TALLY.forEach((field, t) -> System.out.printf("  %-14s %4d / %4d  %5.1f %%  (of %d)%n", field, t[0], t[1], 100.0 * t[0] / t[1], t[2]));
    }

    private static String input(JsonNode c) {
        return c.has("input") ? c.get("input").asText() : c.has("cable") ? c.get("cable").asText() : "";
    }

    /** A corpus file holding the cable named, or null. */
    static Path source(String refId) {
        try (var files = Files.list(CorpusParsingTest.SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().startsWith(refId + ".")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static ParsedCable parse(JsonNode c, boolean captionSnippet) throws Exception {
        if (c.has("cable")) {
            return PARSER.parse(Files.readString(source(c.get("cable").asText())));
        }
        return parse(wrapped(c, c.get("input").asText(), captionSnippet), c);
    }

    private static ParsedCable parse(String text, JsonNode c) throws CableParseException {
        return PARSER.parse(text);
    }

    /**
     * The snippet in a minimal bare cable: a header whose DTG carries the case's year, the caption line of the case's
     * cable (or of 08ASTANA2380), the snippet, and for caption snippets a body paragraph after it.
     */
    static String wrapped(JsonNode c, String snippet, boolean captionSnippet) {
        var year = c.has("year") ? c.get("year").asInt() : 2008;
        var station = "ASTANA";
        var serial = "2380";
        var refId = c.path("refId").asText("");
        var m = REF_ID.matcher(refId);
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            year += year < 20 ? 2000 : 1900;
            station = m.group(2);
            serial = m.group(3);
        }
        var cable = new StringBuilder();
        cable.append(String.format("P 151200Z JAN %02d%n", year % 100).replace("\r", ""));
        cable.append("FM AMEMBASSY ").append(station).append('\n');
        cable.append("TO RUEHC/SECSTATE WASHDC PRIORITY 4006\n\n");
        cable.append("UNCLAS ").append(station).append(" 00").append(serial).append('\n');
        cable.append(snippet).append('\n');
        if (captionSnippet) {
            cable.append("\n\n1. (U) Body text.\n");
        }
        return cable.toString();
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String counts() {
        return TALLY.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(", "));
    }
}
