package org.cablegate.versions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.Paragraph;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair of consecutive builds in {@code versions/} (the shared sequences): a paragraph the diff does not report
 * changed keeps its fingerprint, whatever the layout around it (where a heading or a page break falls); builds that
 * differ in layout only (one version) keep every fingerprint.
 */
class LayoutKeepsFingerprintsTest {

    private static final CableParser PARSER = new CableParser();

    private static String resource(String path) throws Exception {
        try (var in = Objects.requireNonNull(LayoutKeepsFingerprintsTest.class.getResourceAsStream("/" + path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void paragraphsTheDiffLeavesOutKeepTheirFingerprintsAcrossEveryBuild() throws Exception {
        var index = new ObjectMapper().readTree(resource("versions/index.json"));
        var broken = new ArrayList<String>();
        int pairs = 0;
        int kept = 0;
        for (var entry : index) {
            var files = new ArrayList<String>();
            entry.get("versions").forEach(v -> files.add("versions/" + v.get("file").asText()));
            for (int k = 1; k < files.size(); k++) {
                var before = PARSER.parse(resource(files.get(k - 1)));
                var after = PARSER.parse(resource(files.get(k)));
                var changed = new HashSet<String>();
                CableDiffer.diff(VersionContent.of(before), VersionContent.of(after)).paragraphs()
                        .forEach(p -> changed.add(p.n()));
                var old = fingerprints(before.paragraphs());
                // Builds that differ in layout only are one version: there, every paragraph keeps its fingerprint.
                var layoutOnly = VersionContent.of(before).sameContentAs(VersionContent.of(after));
                pairs++;
                for (var p : after.paragraphs()) {
                    if (!old.containsKey(p.n()) || !layoutOnly && changed.contains(p.n())) {
                        continue;
                    }
                    if (old.get(p.n()).equals(p.fingerprint())) {
                        kept++;
                    } else {
                        broken.add(files.get(k) + " ¶" + p.n());
                    }
                }
            }
        }
        assertEquals(List.of(), broken, kept + " kept");
        assertTrue(pairs >= 20 && kept > 100, pairs + " pairs, " + kept + " paragraphs kept");
    }

    private static LinkedHashMap<String, String> fingerprints(List<Paragraph> paragraphs) {
        var out = new LinkedHashMap<String, String>();
        paragraphs.forEach(p -> out.put(p.n(), p.fingerprint()));
        return out;
    }
}
