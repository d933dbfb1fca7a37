package org.cablegate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** The search index's settings ({@code cables.search.*}, or {@code CABLES_SEARCH_*} in the environment). */
@ConfigMapping(prefix = "cables.search")
public interface SearchConfig {

    /** Where the Lucene index lives; none set: {@code <cables.data-dir>/search-index}. */
    @WithName("index-dir")
    Optional<String> indexDir();

    /** Use a fresh temporary directory, deleted at shutdown (tests: each run starts with an empty database). */
    @WithName("temporary-index")
    @WithDefault("false")
    boolean temporaryIndex();

    /** How often changes become visible to searches, in milliseconds (the promise is within a second). */
    @WithName("refresh-millis")
    @WithDefault("500")
    long refreshMillis();

    /**
     * Each indexed batch is made searchable before the next (the service: searches never wait for a refresh); off
     * for commands, where nobody searches and a refresh per batch slows the import.
     */
    @WithName("refresh-on-write")
    @WithDefault("true")
    boolean refreshOnWrite();

    /** How often indexed changes are committed to disk, in seconds (a refresh makes them searchable sooner). */
    @WithName("commit-seconds")
    @WithDefault("10")
    long commitSeconds();

    /**
     * Cables this process writes are indexed by it at once (the service); off for commands: the `import` command
     * leaves them to the services that search, which follow the change log (an empty index is rebuilt at their
     * start), so a command-line import spends no time on an index nobody reads, such as that of a Kubernetes Job.
     */
    @WithName("index-writes")
    @WithDefault("true")
    boolean indexWrites();

    /** Rebuild the index in the background at start-up when it is empty and the database is not. */
    @WithName("rebuild-when-missing")
    @WithDefault("true")
    boolean rebuildWhenMissing();

    /** How often this replica reads the change log for other replicas' writes, in milliseconds (0: never). */
    @WithName("follow-millis")
    @WithDefault("500")
    long followMillis();

    /** How long change-log rows are kept; a replica away for longer rebuilds its index. */
    @WithName("change-log-retention")
    @WithDefault("P7D")
    java.time.Duration changeLogRetention();

    /**
     * Paragraph vectors for semantic and hybrid search, written by a background indexer for every cable that has none
     * (after start-up and after each import); off: keyword search only, and no embedding model is loaded.
     */
    @WithName("vectors")
    @WithDefault("true")
    boolean vectors();

    /**
     * A fixed handful of searches in every mode on a background thread after start-up (see the search package's
     * {@code SearchWarmUp}): the first readers after a deploy get warm searches.
     */
    @WithName("warm-up")
    @WithDefault("true")
    boolean warmUp();
}
