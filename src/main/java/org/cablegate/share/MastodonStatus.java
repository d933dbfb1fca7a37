package org.cablegate.share;

/**
 * The form parameters of Mastodon's {@code POST /api/v1/statuses} for a post: the text, a public visibility, and the
 * language (ISO 639-1).
 */
public record MastodonStatus(String status, String visibility, String language) {

    static MastodonStatus of(String text) {
        return new MastodonStatus(text, "public", SnippetBuilder.LANGUAGE);
    }
}
