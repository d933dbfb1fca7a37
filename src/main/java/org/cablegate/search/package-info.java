/**
 * Full-text search over the cables: Apache Lucene 9.12, embedded, one document per cable.
 *
 * <h2>Index</h2>
 * {@link org.cablegate.search.CableFields}: reference ID (stored, sort key, and the keys of {@link
 * org.cablegate.search.RefKeys}: {@code 08astana2380}, {@code astana2380}), the keys of the IDs it cites, subject,
 * origin, classification, tags, creation time (points, doc values), "meta" words (origin, tags, headings, the
 * classifying officer, the signer), and every paragraph as one value of a multi-valued field stored with offsets
 * (for per-paragraph highlighting) beside its key {@code n}. Facets (origin, tag, classification, year) are
 * sorted-set doc values of Lucene's facet module. Text goes through {@link org.cablegate.search.CableAnalyzer}
 * (Unicode words, possessives, lower case, ASCII folding, Porter stems). Similarity: BM25.
 *
 * <h2>Query</h2>
 * {@link org.cablegate.search.CableQueryParser}: every word is preferred, most of them demanded (one or two words:
 * one; three or more: 60 %); per word the best of subject (×2), paragraphs and meta (×1.2); filler and stop words
 * are not preferred words; {@code "phrases"} and {@code +words} required, {@code -words} excluded, {@code OR}
 * groups; a word the index holds in almost no cable is also matched one or two edits away (names);
 * {@code F-35}/{@code F35} and {@code P5+1}/{@code P5 plus 1} are each other's spellings; any reference ID form
 * ranks its cable first (a constant score far above text scores), cables citing it next.
 *
 * <h2>Keeping it current</h2>
 * {@link org.cablegate.search.CableSearchIndex#upsert(java.util.List)} replaces documents by reference ID in the
 * writer's buffer; a background thread reopens the near-real-time reader every 500 ms (every minute while a command
 * such as {@code import} runs) and commits every 10 s, and a search that follows a write reopens first. {@link
 * org.cablegate.search.IndexOnWrite} feeds it every batch the import pipeline commits, on one thread of its own in
 * commit order, whichever path imported it (the command, the job, {@code POST /api/v1/cables}). {@link
 * org.cablegate.search.SearchReindex#rebuild(java.util.function.LongConsumer)} rebuilds from the database in
 * reference-ID keyset batches of 500; {@link org.cablegate.search.SearchIndexStartup} starts it in the background
 * when the index is empty and the database is not.
 *
 * <h2>Replicas</h2>
 * Every write leaves a row per changed cable in the database's change log ({@code cable_change}, written by
 * {@link org.cablegate.persistence.ChangeLog} in the batch's transaction). {@link
 * org.cablegate.search.ChangeLogPolling} runs {@link org.cablegate.search.ChangeFollower} every second: it reads the
 * rows above the position stored in the index's commit user data, reloads the cables whose content hash the index
 * does not hold ({@link org.cablegate.search.CableRows}; what this replica indexed from its own write is skipped),
 * and announces them ({@link org.cablegate.search.ChangesFollowed}: the response cache drops their answers). The position trails the highest seq read by a minute, and the rows of that minute
 * are re-read on each poll and skipped when already applied: rows that commit out of seq order (concurrent writers,
 * Galera) are still found. Rows older than seven days are pruned; an index behind what was pruned is rebuilt.
 *
 * <h2>Speed</h2>
 * Searchers split each query over as many slices of segments as there are cores ({@link
 * org.cablegate.search.SlicedSearcherFactory}), and a page's two halves are highlighted on two threads.
 *
 * <p><b>May use:</b> {@code persistence}, {@code domain}, {@code ingest}, {@code config}. Never {@code cache} or
 * {@code cli}: what it did is announced as events ({@link org.cablegate.search.CablesIndexed},
 * {@link org.cablegate.search.ChangesFollowed}), and commands configure it ({@code cables.search.*}).
 */
package org.cablegate.search;
