package org.cablegate.share;

/**
 * A Bluesky rich-text facet (app.bsky.richtext.facet): a link or a tag, located by UTF-8 byte offsets into the post
 * text, end exclusive.
 */
public record Facet(String type, int byteStart, int byteEnd, String value) {
}
