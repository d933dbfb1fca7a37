package org.cablegate.bench;

import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CablesCsvReader;
import org.cablegate.ingest.CsvRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parsing throughput on one core. Each operation parses the whole batch; bytes per operation are printed at setup,
 * so MB/s = ops/s × bytes / 10^6. Run (see README):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private final CableParser parser = new CableParser();
    private List<CsvRow> rows;
    private String csv;
    private List<String> pages;
    /** Bytes per operation of each benchmark, set by {@link #load()} (for {@link ParseCpuTime}). */
    long csvRowsBytes;
    long csvFileBytes;
    long htmlPagesBytes;

    @Setup
    public void load() throws IOException, CableParseException {
        var corpus = Path.of("src/test/resources/corpus");
        csv = Files.readString(corpus.resolve("csv/sample.csv"));
        rows = new ArrayList<>();
        try (var reader = new CablesCsvReader(new StringReader(csv))) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        pages = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/samples"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(f));
            }
        }
        csvRowsBytes = rows.stream().mapToLong(r -> (r.header() + r.body()).getBytes(StandardCharsets.UTF_8).length).sum();
        csvFileBytes = csv.getBytes(StandardCharsets.UTF_8).length;
        htmlPagesBytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%nbytes per op: csvRows=%d csvFile=%d htmlPages=%d%n", csvRowsBytes, csvFileBytes, htmlPagesBytes);
    }

    /** The import path of the dump: rows already split, parsed into cables. */
    @Benchmark
    public void csvRows(Blackhole bh) throws CableParseException {
        for (var row : rows) {
            bh.consume(parser.parse(row));
        }
    }

    /** The whole path from CSV text: Commons CSV reading and unescaping, then parsing. */
    @Benchmark
    public void csvFile(Blackhole bh) throws IOException, CableParseException {
        try (var reader = new CablesCsvReader(new StringReader(csv))) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                bh.consume(parser.parse(row));
            }
        }
    }

    /** WikiLeaks pages: jsoup reads the HTML (two thirds of each page is navigation), then parsing. */
    @Benchmark
    public void htmlPages(Blackhole bh) throws CableParseException {
        for (var page : pages) {
            bh.consume(parser.parse(page));
        }
    }
}
