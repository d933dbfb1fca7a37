package org.cablegate.pages;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.cablegate.persistence.CableReads;
import org.cablegate.persistence.ParagraphReads;
import org.cablegate.share.CardContent;
import org.cablegate.share.CardRenderer;

import java.time.ZoneOffset;

/**
 * Card images, rendered once per paragraph text and kept in a bounded cache (see {@code quarkus.cache.caffeine.cards}):
 * the key holds the fingerprint, so a changed paragraph gets a new card.
 */
@ApplicationScoped
public class ParagraphCards {

    private final CardRenderer renderer = new CardRenderer();

    @CacheResult(cacheName = "cards")
    public byte[] png(@CacheKey String refId, @CacheKey String n, @CacheKey String fingerprint,
                      CableReads.CableRow cable, ParagraphReads.ParagraphRow paragraph) {
        var created = cable.created().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return renderer.png(new CardContent(refId, n, cable.classification(), cable.origin(), created,
                paragraph.text()));
    }
}
