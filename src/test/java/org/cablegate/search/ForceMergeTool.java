package org.cablegate.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/** Local tool: merges an index copy down to N segments (args: dir, n), printing the time it took. */
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
