package org.cablegate.share;

import java.util.List;

/**
 * A post as Bluesky stores it, an {@code app.bsky.feed.post} record: the text, the link and tag facets Bluesky's
 * client would detect in it ({@link RichTextFacets}), and its languages. {@code createdAt} is left to the client
 * ({@code agent.post} sets it) so that the same paragraph always gives the same record.
 */
public record BlueskyRecord(String text, List<RichTextFacets.Detected> facets, List<String> langs) {

    public static final String TYPE = "app.bsky.feed.post";

    static BlueskyRecord of(String text) {
        return new BlueskyRecord(text, RichTextFacets.detect(text), List.of(SnippetBuilder.LANGUAGE));
    }
}
