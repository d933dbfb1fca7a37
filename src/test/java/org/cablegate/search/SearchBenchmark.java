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
 * java -cp ... org.cablegate.search.SearchBenchmark bench-data/service-data/search-index   (an index built already)
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
        var source = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (Files.isDirectory(source)) {
            // An index built already (the import's or `reindex`'s, e.g. bench-data/service-data/search-index).
            try (var index = LuceneCableIndex.open(source, 250, 3600)) {
                System.out.printf("index of %d cables, %.1f MB%n", index.size(), size(source) / 1e6);
                query(index, rounds);
            }
            return;
        }
        var csv = source;
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
            query(index, rounds);
        } finally {
            if (!keep) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /**
     * Each query as the list endpoint runs it on a cache miss (first page of 20 with facets, then the next page),
     * in both orders; per query the p50 and p95 of the first page over the rounds, wall and thread CPU time.
     */
    private static void query(LuceneCableIndex index, int rounds) throws Exception {
        var plain = new ArrayList<Double>();
        var cpu = new ArrayList<Double>();
        var perQuery = new java.util.LinkedHashMap<String, List<double[]>>();
        for (int round = -3; round < rounds; round++) { // three warm-up rounds
            for (var q : QUERIES) {
                for (var order : SearchOrder.values()) {
                    long t = System.nanoTime();
                    long c = searchCpu();
                    var first = index.search(new SearchRequest(q, null, null, null, null, null, order, 20, null, true));
                    double ms = (System.nanoTime() - t) / 1e6;
                    double cpuMs = (searchCpu() - c) / 1e6;
                    if (first.next() != null) {
                        index.search(new SearchRequest(q, null, null, null, null, null, order, 20, first.next(), false));
                    }
                    if (round >= 0) {
                        plain.add(ms);
                        cpu.add(cpuMs);
                        perQuery.computeIfAbsent(q + (order == SearchOrder.DATE ? "  [date]" : ""),
                                k -> new ArrayList<>()).add(new double[]{ms, cpuMs, first.total()});
                    }
                }
            }
        }
        System.out.println("per query, first page with facets:        wall p50    p95    CPU p50    p95   total");
        perQuery.forEach((q, runs) -> {
            var wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
            var cpuMs = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
            System.out.printf("  %-40s %6.1f %6.1f    %6.1f %6.1f  %6.0f%n", q, percentile(wall, 0.5),
                    percentile(wall, 0.95), percentile(cpuMs, 0.5), percentile(cpuMs, 0.95), runs.get(0)[2]);
        });
        var sorted = plain.stream().sorted().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("all first pages: %d searches, wall p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
        var cpuSorted = cpu.stream().sorted().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("         CPU time per search, all its threads (what other load on the machine inflates least): "
                + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(cpuSorted, 0.50),
                percentile(cpuSorted, 0.95), cpuSorted[cpuSorted.length - 1]);
    }

    /** CPU time of the calling thread and the searcher's slice threads: a search runs on all of them. */
    private static long searchCpu() {
        if (sliceThreads.isEmpty()) {
            sliceThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("search-slice")).map(Thread::getId).toList();
        }
        long sum = CPU.getCurrentThreadCpuTime();
        for (var id : sliceThreads) {
            sum += Math.max(0, CPU.getThreadCpuTime(id));
        }
        return sum;
    }

    private static List<Long> sliceThreads = List.of();

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
