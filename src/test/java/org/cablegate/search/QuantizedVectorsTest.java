package org.cablegate.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paragraph vectors are walked quantized and scored exact: the index keeps a one-byte copy of each dimension
 * for the HNSW graph, and the paragraphs a search finds are scored again from the floats as written.
 */
class QuantizedVectorsTest {

    private static final int DIM = org.cablegate.semantic.SentenceEmbedder.DIMENSIONS;

    @TempDir
    Path dir;

    @Test
    void keepsAQuantizedCopyOfTheVectorsForTheGraph() throws Exception {
        var vectors = write(200, new Random(1));
        try (var files = Files.list(dir)) {
            var names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".veq")), "quantized vectors (.veq) in " + names);
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".vec")), "float vectors (.vec) in " + names);
        }
        assertEquals(200, vectors.size());
    }

    @Test
    void scoresTheParagraphsFoundWithTheirExactCosines() throws Exception {
        var random = new Random(2);
        var vectors = write(500, random);
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            var searcher = new IndexSearcher(reader);
            for (int q = 0; q < 20; q++) {
                var query = unit(random);
                var top = searcher.search(new KnnFloatVectorQuery(ParagraphVectors.VECTOR, query, 50), 50);
                var cosines = ParagraphVectors.exactCosines(searcher, top.scoreDocs, query);
                double largestQuantizationError = 0;
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    int n = Integer.parseInt(searcher.storedFields().document(top.scoreDocs[i].doc).get(ParagraphVectors.N));
                    float exact = dot(query, vectors.get(n));
                    assertEquals(exact, cosines[i], 1e-5, "paragraph " + n);
                    largestQuantizationError = Math.max(largestQuantizationError,
                            Math.abs((2 * top.scoreDocs[i].score - 1) - exact));
                }
                assertEquals(50, top.scoreDocs.length);
                // The graph's own scores come from the quantized copy: close, not equal.
                assertTrue(largestQuantizationError > 0 && largestQuantizationError < 0.05,
                        "graph score off by " + largestQuantizationError);
            }
        }
    }

    /** One cable per vector, its single paragraph keyed by the vector's number, written as the indexer writes. */
    private List<float[]> write(int count, Random random) throws Exception {
        var vectors = new ArrayList<float[]>();
        var config = new IndexWriterConfig().setCodec(new VectorCodec()).setUseCompoundFile(false);
        try (var writer = new IndexWriter(FSDirectory.open(dir), config)) {
            for (int i = 0; i < count; i++) {
                var v = unit(random);
                vectors.add(v);
                writer.addDocuments(ParagraphVectors.documents("C" + i, "h", List.of(String.valueOf(i)), List.of(v)));
            }
        }
        return vectors;
    }

    private static float[] unit(Random random) {
        var v = new float[DIM];
        double norm = 0;
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIM; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
