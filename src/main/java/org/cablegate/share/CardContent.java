package org.cablegate.share;

/** What a paragraph's card shows. {@code created} is an ISO date. */
public record CardContent(String refId, String n, String classification, String origin, String created,
                          String excerpt) {
}
