package org.cablegate.cache;

/** A 200 answer as it was sent: served again as these exact bytes and headers until its cable changes. */
record CachedResponse(String contentType, String etag, String cacheControl, String link, byte[] body) {

    int weight() {
        return body.length + 256;
    }
}
