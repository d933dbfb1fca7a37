package org.cablegate.search;

import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CablesCsvReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Index build rate and query latency, outside any server:
 * <pre>
 * python3 ../shared/tools/cablegate-csv.py scale 20000 &gt; /tmp/scale.csv
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.SearchBenchmark /tmp/scale.csv
 * </pre>
 * Rows are parsed first (CablesCsvReader + CableParser, timed apart), then indexed in batches of 500 as the import
 * pipeline does, committed, and queried: each query of a mixed set (words, phrases, names, reference IDs, filters,
 * both orders, first pages with facets and later pages) many times, latencies reported as p50 and p95.
 */
public final class SearchBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final int BATCH = 500;
    private static final List<String> QUERIES = List.of(
            "heroin", "drug trafficking", "\"drug trafficking\"", "heroin seizures Kazakhstan", "Nazarbayev",
            "Nazarbaev", "Qadafi", "president election fraud", "nuclear Iran sanctions", "ASTANA 2380",
            "08ASTANA2380", "UN", "F-16", "5+1", "human rights -China", "oil OR gas", "the", "government",
            "ambassador meeting minister", "corruption police arrested");

    public static void main(String... args) throws Exception {
        var csv = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var parser = new CableParser();
        var cables = new ArrayList<IndexedCable>();
        long parseStart = System.nanoTime();
        try (var reader = new CablesCsvReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                try {
                    cables.add(IndexedCable.of(parser.parse(row)));
                } catch (CableParseException e) {
                    // a rejected row is not indexed, as in the import
                }
            }
        }
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
        System.out.printf("parsed %d cables in %.1f s (%.0f cables/s)%n", cables.size(), parseSeconds,
                cables.size() / parseSeconds);

        var keep = args.length > 2;
        var dir = keep ? Path.of(args[2]) : Files.createTempDirectory("search-bench");
        try (var index = LuceneCableIndex.open(dir, 250, 3600)) {
            long start = System.nanoTime();
            long startCpu = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < cables.size(); i += BATCH) {
                index.upsert(cables.subList(i, Math.min(cables.size(), i + BATCH)));
            }
            index.commit();
            index.refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - startCpu) / 1e9;
            System.out.printf("indexed %d cables in %.1f s: %.0f cables/s (indexing thread CPU %.1f s: %.0f cables per "
                    + "CPU-second, merges on other threads); index %.1f MB%n", cables.size(), seconds,
                    cables.size() / seconds, cpuSeconds, cables.size() / cpuSeconds, size(dir) / 1e6);
            cables.clear();

            var plain = new ArrayList<Double>();
            var cpu = new ArrayList<Double>();
            var perQuery = new ArrayList<String>();
            for (int round = -3; round < rounds; round++) { // three warm-up rounds
                for (var q : QUERIES) {
                    for (var order : SearchOrder.values()) {
                        long t = System.nanoTime();
                        long c = CPU.getCurrentThreadCpuTime();
                        var first = index.search(new SearchRequest(q, null, null, null, null, null, order, 20, null, true));
                        if (first.next() != null) {
                            index.search(new SearchRequest(q, null, null, null, null, null, order, 20, first.next(), false));
                        }
                        double ms = (System.nanoTime() - t) / 1e6 / (first.next() != null ? 2 : 1);
                        double cpuMs = (CPU.getCurrentThreadCpuTime() - c) / 1e6 / (first.next() != null ? 2 : 1);
                        if (round >= 0) {
                            plain.add(ms);
                            cpu.add(cpuMs);
                            if (round == 0 && order == SearchOrder.RELEVANCE) {
                                perQuery.add(String.format("  %-32s %6.1f ms wall %6.1f ms CPU  total %d", q, ms, cpuMs, first.total()));
                            }
                        }
                    }
                }
            }
            perQuery.forEach(System.out::println);
            var sorted = plain.stream().sorted().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("queries: %d searches, wall p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
            var cpuSorted = cpu.stream().sorted().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("         CPU time per search (what other load on the machine does not inflate): "
                    + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(cpuSorted, 0.50),
                    percentile(cpuSorted, 0.95), cpuSorted[cpuSorted.length - 1]);
        } finally {
            if (keep) {
                return;
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
