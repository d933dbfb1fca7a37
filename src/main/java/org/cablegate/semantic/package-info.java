/**
 * Meaning, not words: sentence embeddings computed in process and the arithmetic that fuses rankings.
 *
 * <h2>Model</h2>
 * {@link org.cablegate.semantic.SentenceEmbedder} wraps LangChain4j's in-process bge-small-en-v1.5 (quantized ONNX,
 * 384 dimensions, shipped inside its Maven artifact: nothing is downloaded at run time); queries are embedded behind
 * the model's instruction for finding passages, paragraphs as they are. One model per JVM, loaded
 * on first use, safe to call from any thread; every vector it returns has unit length, so a dot product is the
 * cosine.
 *
 * <h2>Fusion</h2>
 * {@link org.cablegate.semantic.RankFusion}: reciprocal rank fusion of several rankings of the same items
 * (score = sum of weight/(k + rank)), the way hybrid search joins BM25's ranking with the nearest paragraphs';
 * {@link org.cablegate.semantic.HybridWeights}: the weights by the query's shape (a query that describes in several
 * words of its own leans on the vectors; names, designators, phrases and reference IDs lean on BM25).
 *
 * <p>The search index ({@code org.cablegate.search}) stores the vectors beside the text and calls these; this
 * package knows nothing of Lucene, the database or HTTP.
 *
 * {@link org.cablegate.semantic.OnnxGate}: keeps calls into the ONNX runtime out of the JVM's exit (the runtime frees
 * its native environment from a shutdown hook of its own), by draining them on the stop signals first.
 *
 * <p><b>May use:</b> nothing of the service's own packages (LangChain4j and the JDK only).
 */
package org.cablegate.semantic;
