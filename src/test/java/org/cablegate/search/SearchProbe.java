package org.cablegate.search;

import java.nio.file.Files;

/** Manual probe: java -cp ... org.cablegate.search.SearchProbe "query" ... (prints the top hits). */
public final class SearchProbe {
    public static void main(String... queries) throws Exception {
        var dir = Files.createTempDirectory("probe");
        try (var index = LuceneCableIndex.open(dir, 250, 10)) {
            index.upsert(SampleCorpus.cables().stream().map(IndexedCable::of).toList());
            for (var q : queries) {
                var r = index.search(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 10, null, true));
                System.out.println("== " + q + "  total=" + r.total() + " facets=" + r.facets());
                for (var h : r.hits()) {
                    System.out.printf("  %-20s %7.2f %s%n", h.refId(), h.score(), h.subject());
                    for (var p : h.paragraphs()) {
                        System.out.println("      ¶" + p.n() + " " + p.excerpt());
                    }
                }
            }
        }
    }
}
