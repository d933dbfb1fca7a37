package org.cablegate.search;

import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.config.CablesConfig;
import org.cablegate.config.SearchConfig;
import org.cablegate.ingest.ParsedCable;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The service's search index. The import pipeline calls {@link #upsert(List)} after each committed batch; the
 * list endpoint calls {@link #search(SearchRequest)}. Lives in {@code cables.search.index-dir}, by default
 * {@code <cables.data-dir>/search-index}; in tests a fresh temporary directory (each test run starts with an empty
 * database).
 */
@ApplicationScoped
public class CableSearchIndex {

    private static final Logger LOG = Logger.getLogger(CableSearchIndex.class);

    private final SearchConfig search;
    private final CablesConfig cables;
    private LuceneCableIndex index;
    private Path directory;
    private boolean temporary;

    public CableSearchIndex(SearchConfig search, CablesConfig cables) {
        this.search = search;
        this.cables = cables;
    }

    @PostConstruct
    void open() {
        try {
            temporary = search.temporaryIndex() || search.indexDir().isEmpty() && LaunchMode.current() == LaunchMode.TEST;
            directory = temporary ? Files.createTempDirectory("cablegate-search-")
                    : Path.of(search.indexDir().orElse(Path.of(cables.dataDir(), "search-index").toString()))
                    .toAbsolutePath();
            index = LuceneCableIndex.open(directory, search.refreshMillis(), search.commitSeconds(),
                    search.refreshOnWrite());
            LOG.infof("Search index in %s: %d cables", directory, index.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + directory, e);
        }
    }

    @PreDestroy
    void close() {
        try {
            index.close();
            if (temporary) {
                try (var files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            LOG.warn("Search index did not close cleanly", e);
        }
    }

    /**
     * Adds or replaces these cables' documents (by reference ID); searches see them when this returns (the refresh
     * is paid here, on the writer's thread, never by a search).
     */
    public void upsert(List<ParsedCable> parsed) {
        upsertIndexed(parsed.stream().map(IndexedCable::of).toList());
    }

    public void upsertIndexed(Collection<IndexedCable> indexed) {
        try {
            index.upsert(indexed);
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        }
    }

    public SearchResults search(SearchRequest request) throws InvalidQueryException {
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        }
    }

    /** Cables like this one by their text, best first; empty when it is not indexed. */
    public List<SearchHit> similar(String refId, int limit) {
        try {
            return index.similar(refId, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        }
    }

    /** Cables the searches see. */
    public int size() {
        try {
            return index.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRebuilding() {
        return index.isRebuilding();
    }

    public Path directory() {
        return directory;
    }

    /** @see LuceneCableIndex#contentHashes(Collection) */
    public java.util.Map<String, String> contentHashes(Collection<String> refIds) {
        try {
            return index.contentHashes(refIds);
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        }
    }

    LuceneCableIndex lucene() {
        return index;
    }
}
