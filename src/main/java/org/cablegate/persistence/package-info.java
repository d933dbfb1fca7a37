/**
 * The database: MariaDB through Flyway's schema ({@code db/migration}), the one write path for cables
 * ({@link org.cablegate.persistence.CableBatchWriter}: a batch per transaction, with its children, facts, versions and
 * change-log rows), the reads the API and the pages make ({@link org.cablegate.persistence.CableQueries},
 * {@link org.cablegate.persistence.FactQueries}, {@link org.cablegate.persistence.ParagraphPicks}), import jobs,
 * fact re-extraction's rows, schema migration under a lease, and the embedded server used when none is configured.
 * It stores what it is given: what to import, and how, is {@code bulk}'s.
 *
 * <h2>Which way to the database serves what</h2>
 * Three ways are in use, each for one kind of work; a new read or write takes the way its kind says.
 * <table>
 * <caption>The rule</caption>
 * <tr><th>Way</th><th>Serves</th><th>Where</th></tr>
 * <tr><td><b>Panache entities</b> ({@code domain.Cable}, {@code domain.StoredParagraph})</td>
 *     <td>Entity CRUD in a request: one cable or paragraph by its key, or the cables of a list of ids, walked to build
 *     a view.</td>
 *     <td>{@code CableQueries}, {@code ParagraphPicks}</td></tr>
 * <tr><td><b>{@code EntityManager} native SQL</b>, through {@code NativeSql}</td>
 *     <td>Set-based reads in a request: keyset pages, filters, FULLTEXT, counts, facets and totals. They answer ids
 *     (then entities, above) or records, never half-filled entities.</td>
 *     <td>{@code CableQueries}, {@code FactQueries}, {@code ParagraphPicks}</td></tr>
 * <tr><td><b>Plain JDBC</b> on a connection of the data source</td>
 *     <td>(a) Writes: the import's batches and all they write in their transaction (cables, children, facts,
 *     {@code versions.VersionStore}, {@link org.cablegate.persistence.ChangeLog}), import jobs (autocommit, so that
 *     progress is visible at once), re-extraction; the reads of a table that share the writer's code and
 *     transaction (a cable's version history, a job by id). (b) Streaming the corpus: the search index's rebuild and
 *     change follower ({@code search.CableRows}), re-extraction, the sitemaps. (c) Work outside a request, where no
 *     Hibernate session exists: writer and job threads, event observers ({@code cache.CacheInvalidation} through
 *     {@link org.cablegate.persistence.CableCitations}), start-up. (d) Connection-level settings: socket timeouts,
 *     autocommit, locks and leases, the readiness probe, migrations. (e) The per-cable reads a cache miss makes
 *     ({@link org.cablegate.persistence.ParagraphReads}, {@link org.cablegate.persistence.CableReads}: a paragraph, its
 *     facts, the whole cable for its JSON, page, paragraph pages and versions): a few indexed queries on one
 *     connection, rows read straight into records, because the entity graph cost more than the database.</td>
 *     <td>this package's writers and stores, {@code versions}, {@code search}, {@code health},
 *     {@code pages.SiteQueries} (sitemaps)</td></tr>
 * </table>
 * Never: Panache or the {@code EntityManager} on a thread without a request (they need its session); JDBC for a
 * request's set-based read; entities built from JDBC rows. SQL lives in this package; outside it only where the
 * table's last column names it.
 *
 * <p><b>Stated exceptions</b> (request reads that the rule would put in native SQL, left in JDBC beside the JDBC code
 * they sit with; convert them when they are next reworked): {@code versions.CableVersions#changes} and {@code #count}
 * (the feed of changes, beside the history that shares {@code VersionStore}'s mapping with the writer), and
 * {@code pages.SiteQueries#classifications} and {@code #years} (the home page's counts, beside the streamed
 * sitemaps).
 *
 * <p><b>May use:</b> {@code domain}, {@code ingest}, {@code facts}, {@code versions} (the writer files versions),
 * {@code config}. Never {@code bulk}, {@code cache}, {@code search} or any layer above: a write is announced as an
 * event ({@link org.cablegate.persistence.CablesWritten}, {@code versions.VersionsFiled}) for whoever listens.
 */
package org.cablegate.persistence;
