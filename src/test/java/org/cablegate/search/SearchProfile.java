package org.cablegate.search;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/** Where a query's CPU time goes (thread CPU time, so that other load on the machine does not count), on an index built by SearchBenchmark (args: index dir, queries...). */
public final class SearchProfile {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String... args) throws Exception {
        try (var dir = FSDirectory.open(Path.of(args[0])); var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var analyzer = new CableAnalyzer();
            var parser = new CableQueryParser(analyzer);
            for (int round = 0; round < 6; round++) {
                for (int i = 1; i < args.length; i++) {
                    var q = args[i];
                    long t0 = CPU.getCurrentThreadCpuTime();
                    var parsed = parser.parse(q, reader);
                    long t1 = CPU.getCurrentThreadCpuTime();
                    var top = searcher.search(parsed.query(), 21);
                    long t2 = CPU.getCurrentThreadCpuTime();
                    var words = searcher.search(parsed.words(), 21);
                    long t3 = CPU.getCurrentThreadCpuTime();
                    var fr = FacetsCollectorManager.search(searcher, parsed.query(), 21, new FacetsCollectorManager());
                    long t4 = CPU.getCurrentThreadCpuTime();
                    var ids = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
                    new ParagraphHighlighter(searcher, analyzer).best(searcher.rewrite(parsed.words()), ids, 3);
                    long t5 = CPU.getCurrentThreadCpuTime();
                    if (round == 5) {
                        System.out.printf("%-30s parse %5.1f  top %6.1f  wordsOnly %6.1f  withFacets %6.1f  highlight %6.1f  (%d hits)%n",
                                q, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
                                top.totalHits.value);
                    }
                }
            }
        }
    }
}
