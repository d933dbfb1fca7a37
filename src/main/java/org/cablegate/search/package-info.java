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
 * writer's buffer; a background thread reopens the near-real-time reader every 250 ms and commits every 10 s, and a
 * search that follows a write reopens first. Until the import pipeline calls {@code upsert} itself, {@link
 * org.cablegate.search.IndexOnCommit} (a Hibernate interceptor) indexes every cable entity written, when its
 * transaction commits; turn it off with {@code cables.search.index-on-commit=false}. {@link
 * org.cablegate.search.SearchReindex#rebuild(java.util.function.LongConsumer)} rebuilds from the database in
 * reference-ID keyset batches of 500; {@link org.cablegate.search.SearchIndexStartup} starts it in the background
 * when the index is empty and the database is not.
 */
package org.cablegate.search;
