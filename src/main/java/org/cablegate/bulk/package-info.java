/**
 * Imports: the orchestration of every way cables come in. The pipeline ({@link org.cablegate.bulk.BulkImporter}:
 * read rows, prepare on every core with {@link org.cablegate.bulk.CablePreparer} — parse, check, hash, extract facts —
 * write in order through {@code persistence.CableBatchWriter}), the API's imports of one cable or of CSV rows
 * ({@link org.cablegate.bulk.CableImporter}), the background jobs of {@code POST /api/v1/imports}
 * ({@link org.cablegate.bulk.ImportJobs}), and the sample cables loaded into an empty database
 * ({@link org.cablegate.bulk.SampleCables}).
 *
 * <p><b>May use:</b> {@code ingest}, {@code facts}, {@code persistence}, {@code metrics}, {@code config}.
 * Used by {@code cli} and {@code rest}; never by {@code persistence}, which only stores what it is given.
 */
package org.cablegate.bulk;
