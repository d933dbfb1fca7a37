package org.cablegate.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/**
 * Merges a copy of a search index down to N segments and prints the time it took (a tool, not a test; the service
 * must not have the directory open):
 * <pre>java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cablegate.search.ForceMergeTool DIR N</pre>
 * What the number of segments costs a semantic search (each segment's graph is searched on its own) is measured with
 * it (README "Semantic and hybrid search").
 */
public final class ForceMergeTool {
    public static void main(String... args) throws Exception {
        long t0 = System.nanoTime();
        try (var w = new IndexWriter(FSDirectory.open(Path.of(args[0])), new IndexWriterConfig(new CableAnalyzer())
                .setCodec(new VectorCodec()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.forceMerge(Integer.parseInt(args[1]));
            w.commit();
        }
        System.out.printf("merged to %s segments in %.1f s%n", args[1], (System.nanoTime() - t0) / 1e9);
    }
}
