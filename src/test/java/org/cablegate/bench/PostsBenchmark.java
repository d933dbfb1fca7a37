package org.cablegate.bench;

import org.cablegate.facts.FactExtractor;
import org.cablegate.facts.ParagraphContext;
import org.cablegate.ingest.CableParser;
import org.cablegate.share.Network;
import org.cablegate.share.PostsBenchmarkAccess;
import org.cablegate.share.ShareParagraph;
import org.cablegate.share.SnippetBuilder;
import org.cablegate.share.TextSpan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The X post (and thread) of every paragraph of every bundled corpus cable, per operation, one core: what a post
 * costs to compute when it is not in the read cache. {@code referenceXPosts} is the builder before posts were
 * measured without twitter-text on plain candidates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostsBenchmark {

    private final SnippetBuilder builder = new SnippetBuilder();
    private List<ShareParagraph> paragraphs;

    @Setup
    public void load() throws Exception {
        var parser = new CableParser();
        var facts = new FactExtractor();
        paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/samples"))) {
            for (var file : files.filter(f -> !f.getFileName().toString().equals("index.txt")).sorted().toList()) {
                var cable = parser.parse(Files.readString(file));
                for (var p : cable.paragraphs()) {
                    var spans = facts.extract(new ParagraphContext(cable.refId(), p.n(), p.text(),
                                    cable.created().atZone(ZoneOffset.UTC).toLocalDate(), Map.of(), List.of())).stream()
                            .map(f -> new TextSpan(f.start(), f.end(), f.id())).toList();
                    paragraphs.add(new ShareParagraph(cable.refId(), p.n(), p.text(),
                            "https://cables.example.org/c/" + cable.refId() + "/" + p.n(), spans));
                }
            }
        }
        System.out.printf("%nparagraphs per op: %d%n", paragraphs.size());
    }

    @Benchmark
    public void xPosts(Blackhole bh) {
        for (var p : paragraphs) {
            bh.consume(builder.build(p, Network.TWITTER, null, null));
        }
    }

    /** What a paragraph page builds on a cache miss: its X, Bluesky and Mastodon posts. */
    @Benchmark
    public void pagePosts(Blackhole bh) {
        for (var p : paragraphs) {
            bh.consume(builder.build(p, Network.TWITTER, null, null));
            bh.consume(builder.build(p, Network.BLUESKY, null, null));
            bh.consume(builder.build(p, Network.MASTODON, null, null));
        }
    }

    @Benchmark
    public void xThreads(Blackhole bh) {
        for (var p : paragraphs) {
            bh.consume(builder.thread(p, Network.TWITTER, null));
        }
    }

    @Benchmark
    public void referenceXPosts(Blackhole bh) {
        for (var p : paragraphs) {
            bh.consume(PostsBenchmarkAccess.referencePost(p, Network.TWITTER));
        }
    }

    /**
     * The same operations timed by this thread's CPU time, not the wall clock: on a machine shared with other builds
     * JMH's wall-clock error bars swallow the figure. {@code java -cp … org.cablegate.bench.PostsBenchmark [rounds]}
     */
    public static void main(String[] args) throws Exception {
        var bench = new PostsBenchmark();
        bench.load();
        var sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (var op : List.of("xPosts", "pagePosts")) {
            var times = new ArrayList<Long>();
            for (int r = 0; r < rounds + 5; r++) {
                long start = cpu.getCurrentThreadCpuTime();
                if (op.equals("xPosts")) {
                    bench.xPosts(sink);
                } else {
                    bench.pagePosts(sink);
                }
                if (r >= 5) {
                    times.add(cpu.getCurrentThreadCpuTime() - start);
                }
            }
            times.sort(null);
            System.out.printf("%s: CPU per op median %.1f ms, min %.1f ms (%d paragraphs, %d rounds after 5 of warm-up)%n",
                    op, times.get(times.size() / 2) / 1e6, times.get(0) / 1e6, bench.paragraphs.size(), rounds);
        }
    }
}
