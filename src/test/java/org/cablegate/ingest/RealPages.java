package org.cablegate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real cable pages of the corpus: the samples (WikiLeaks pages, text copies, conversions, cable-search JSON) and
 * the WikiLeaks pages of the same cables in successive builds ({@code src/test/resources/versions/}, copied
 * from the shared corpus's {@code versions/}).
 */
final class RealPages {

    static final Path VERSIONS = Path.of("src/test/resources/versions");

    /** A page and the reference ID it is the page of. */
    record Page(Path file, String refId) {
        @Override
        public String toString() {
            return file.getParent().getFileName() + "/" + file.getFileName();
        }
    }

    private RealPages() {
    }

    static Stream<Page> all() {
        var pages = new ArrayList<Page>();
        try (var samples = Files.list(CorpusParsingTest.SAMPLES); var versions = Files.walk(VERSIONS)) {
            for (var f : samples.sorted().toList()) {
                var name = f.getFileName().toString();
                if (!name.equals("index.txt")) {
                    pages.add(new Page(f, name.substring(0, name.indexOf('.'))));
                }
            }
            for (var f : versions.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.add(new Page(f, f.getParent().getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages.stream();
    }

    /** The WikiLeaks HTML pages among them. */
    static List<Page> htmlPages() {
        return all().filter(p -> p.file().toString().endsWith(".html")).toList();
    }
}
