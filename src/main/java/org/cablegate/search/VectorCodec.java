package org.cablegate.search;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The index's codec: Lucene's default, except that the paragraph vectors' HNSW graph is searched over a
 * scalar-quantized copy of the vectors (7 bits a dimension, one byte each) instead of the 32-bit floats. At the
 * corpus's size (about 2.35 million subject and paragraph vectors of 384 dimensions) a search walks the graph over
 * 0.9 GB of quantized vectors instead of 3.6 GB of floats; the floats stay on disk for merges only. Segments written
 * before keep the format they name and are read as they are.
 */
final class VectorCodec extends Lucene912Codec {

    /** Whether vectors are quantized (false: plain float vectors; for measuring what quantizing costs in ranking). */
    static boolean quantized = true;

    private final KnnVectorsFormat vectors = quantized ? new Lucene99HnswScalarQuantizedVectorsFormat()
            : new Lucene99HnswVectorsFormat();

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
