package org.cablegate.search;

import org.cablegate.semantic.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hybrid search asks whether the model is loaded, and that question starts the load instead of waiting for it. */
class ModelLoadingTest {

    @Test
    void askingWhetherTheModelIsLoadedStartsItsLoadInTheBackground() throws Exception {
        boolean before = SentenceEmbedder.isLoaded();
        // The answer is the state when asked: the call does not load the model itself.
        assertEquals(before, LuceneCableIndex.modelLoaded());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!SentenceEmbedder.isLoaded() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(SentenceEmbedder.isLoaded(), "the model was not loaded in the background within 120 s");
        assertTrue(LuceneCableIndex.modelLoaded());
    }
}
