package org.cablegate.bench;

import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.CableParseException;
import org.cablegate.ingest.CableParser;
import org.cablegate.ingest.CablesCsvReader;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Fact extraction over every paragraph of the 45 sample cables, per operation (one core). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FactsBenchmark {

    private final FactExtractor extractor = new FactExtractor();
    private List<ParagraphContext> paragraphs;

    @Setup
    public void load() throws IOException, CableParseException {
        var parser = new CableParser();
        paragraphs = new ArrayList<>();
        var csv = Files.readString(Path.of("src/test/resources/corpus/csv/sample.csv"));
        int cables = 0;
        try (var reader = new CablesCsvReader(new StringReader(csv))) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                var cable = parser.parse(row);
                cables++;
                for (var p : cable.paragraphs()) {
                    paragraphs.add(new ParagraphContext(cable.refId(), p.n(), p.text(),
                            cable.created().atZone(ZoneOffset.UTC).toLocalDate(), Map.of(), List.of()));
                }
            }
        }
        System.out.printf("%ncables per op: %d, paragraphs per op: %d, chars per op: %d%n", cables, paragraphs.size(),
                paragraphs.stream().mapToLong(p -> p.text().length()).sum());
    }

    @Benchmark
    public void extractSampleCables(Blackhole bh) {
        for (var p : paragraphs) {
            bh.consume(extractor.extract(p));
        }
    }
}
