package org.cablegate.share;

import java.util.List;

/**
 * A post ready to publish.
 *
 * @param network   {@code twitter}, {@code mastodon} or {@code bluesky}
 * @param text      the whole post: excerpt, permalink, hashtags
 * @param length    its length as the network counts it
 * @param limit     the network's limit
 * @param permalink the paragraph's permalink
 * @param hashtags  without '#': {@code cablegate} and the reference ID
 * @param truncated whether the excerpt is shorter than the paragraph
 * @param intentUrl a URL that opens the network's composer with this post
 * @param facets    Bluesky's link and tag facets; empty for the other networks
 * @param part      the post's number in a thread, or null
 * @param parts     how many posts the thread has, or null
 * @param excerpt   the part of the paragraph text this post carries, exactly as in the paragraph
 * @param record    Bluesky only: the {@code app.bsky.feed.post} record of the post, else null
 * @param statusParams Mastodon only: the parameters of {@code POST /api/v1/statuses}, else null
 */
public record Snippet(String network, String text, int length, int limit, String permalink, List<String> hashtags,
                      boolean truncated, String intentUrl, List<Facet> facets, Integer part, Integer parts,
                      String excerpt, BlueskyRecord record, MastodonStatus statusParams) {
}
