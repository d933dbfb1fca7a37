package org.cablegate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Optional;

/** The service's own settings; each is also an environment variable ({@code cables.api-key} = {@code CABLES_API_KEY}). */
@ConfigMapping(prefix = "cables")
public interface CablesConfig {

    /** A bearer token that authorises writes, the single key of old; accepted beside {@link #apiKeys()}. */
    @WithName("api-key")
    Optional<String> apiKey();

    /**
     * Every bearer token that authorises writes, comma-separated: several at once, so that a new key can be handed out
     * before the old one is withdrawn. With neither this nor {@link #apiKey()} set, every write is refused.
     */
    @WithName("api-keys")
    Optional<List<String>> apiKeys();

    /** The per-client limit on public reads. */
    @WithName("rate-limit")
    RateLimit rateLimit();

    /**
     * A token bucket per client: {@code burst} requests at once, refilled at {@code requests-per-second}. Reads only
     * (GET and HEAD); writes carry a key and are not limited here, and /q/ (health, metrics, OpenAPI) is exempt.
     */
    interface RateLimit {

        /** Limit public reads at all. */
        @WithName("enabled")
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make at once, after being idle. */
        @WithName("burst")
        @WithDefault("200")
        int burst();

        /** Sustained requests per second per client; the bucket refills at this rate. */
        @WithName("requests-per-second")
        @WithDefault("20")
        double requestsPerSecond();


        /** Clients tracked at once; beyond it the least recently seen are forgotten (and start with a full bucket). */
        @WithName("max-clients")
        @WithDefault("100000")
        long maxClients();
    }

    /** Origin of every permalink the service emits. */
    @WithName("public-base-url")
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Where the embedded MariaDB keeps its files (read by {@code CablegateMain} before Quarkus starts). */
    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    /** Import limits and start-up behaviour. */
    @WithName("import")
    Import importing();

    interface Import {

        /** Largest {@code text/plain} body (one cable), in bytes. The longest real cable is under 1 MB. */
        @WithName("max-cable-bytes")
        @WithDefault("2097152")
        long maxCableBytes();

        /** Largest {@code text/csv} body, in bytes; the whole 1.7 GB dump goes through the command line instead. */
        @WithName("max-csv-bytes")
        @WithDefault("268435456")
        long maxCsvBytes();

        /** Import the bundled sample cables when the service starts on an empty database. */
        @WithName("samples-on-empty-database")
        @WithDefault("true")
        boolean samplesOnEmptyDatabase();

        /** Cables per write transaction in bulk imports: large enough for JDBC batches to pay, small enough to redo. */
        @WithName("batch-size")
        @WithDefault("250")
        int batchSize();

        /** Threads that parse and extract facts in bulk imports; default: one per core. */
        @WithName("threads")
        Optional<Integer> threads();

        /**
         * At most this many of them work for an import job the service runs beside its reads ({@code POST
         * /api/v1/imports}); default: half the cores, at least one. The command line's import takes them all.
         */
        @WithName("job-threads")
        Optional<Integer> jobThreads();

        /** Where request bodies of import jobs are kept until imported; default: {@code <data-dir>/imports}. */
        @WithName("spool-dir")
        Optional<String> spoolDir();

        /** Start again, at service start, the import jobs that were running when the service stopped. */
        @WithName("resume-jobs-at-start")
        @WithDefault("true")
        boolean resumeJobsAtStart();

        /**
         * How long an import job or the import command waits for the database to come back, trying a lost batch
         * again whole (a Galera node killed mid-batch: the driver moves to the next node). Past it the job fails.
         */
        @WithName("failover-wait")
        @WithDefault("120S")
        java.time.Duration failoverWait();

        /**
         * The same for writes a request waits on (one cable, a CSV upload): short, so that the client gets its 503
         * and {@code Retry-After} within the 2 s every answer keeps to.
         */
        @WithName("request-failover-wait")
        @WithDefault("1S")
        java.time.Duration requestFailoverWait();
    }

    /**
     * How long a read (GET, HEAD) may take before it begins its answer; past it, 503 problem JSON with
     * {@code Retry-After} (the 2 s every answer keeps to, README "Failures"). 0 turns the deadline off.
     */
    @WithName("request-deadline")
    @WithDefault("1900ms")
    java.time.Duration requestDeadline();

    /** The schema, and the cluster the database may be. */
    @WithName("database")
    Database database();

    interface Database {

        /** Apply pending Flyway migrations at start, under a lease that one replica of the cluster holds at a time. */
        @WithName("migrate-at-start")
        @WithDefault("true")
        boolean migrateAtStart();

        /** How long a start waits for another replica's migration (its lease) before giving up. */
        @WithName("migration-wait")
        @WithDefault("15M")
        java.time.Duration migrationWait();
    }

    /** The read cache of rendered answers (cables, paragraphs, posts, facts, pages). */
    @WithName("cache")
    Cache cache();

    interface Cache {

        /** Bytes of rendered answers kept; 0 turns the cache off. */
        @WithName("max-bytes")
        @WithDefault("134217728")
        long maxBytes();

        /** Seconds an answer is kept at most: the answers' own max-age, the staleness a replica may show. */
        @WithName("ttl-seconds")
        @WithDefault("300")
        long ttlSeconds();
    }

    /** Versions of cables (issue 15). */
    @WithName("versions")
    Versions versions();

    interface Versions {

        /**
         * Keep every published text of a cable: an import whose content differs adds a version. Off, an import
         * replaces the stored text as before versions were kept (no version rows are written).
         */
        @WithName("enabled")
        @WithDefault("true")
        boolean enabled();
    }

    /** The public base URL without a trailing slash. */
    default String baseUrl() {
        var url = publicBaseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
