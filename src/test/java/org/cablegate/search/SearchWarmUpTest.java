package org.cablegate.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.bulk.CableImporter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The warm-up's searches are ones the index answers: every one of them runs. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class SearchWarmUpTest {

    @Inject
    CableImporter importer;
    @Inject
    SearchWarmUp warmUp;

    @Test
    void runsEveryWarmUpSearchInEveryModeTheServiceSearches() throws Exception {
        importer.importText(SampleCorpus.read("samples/06ASTANA590.page.txt"));
        // The test profile has no vectors: keyword searches only, each query twice; a query refused stops the count.
        assertEquals(SearchWarmUp.QUERIES.size() * 2, warmUp.warm());
    }
}
