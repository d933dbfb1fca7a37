package org.cablegate.security;

/** Who a request counts against: the connection's peer, or the first X-Forwarded-For address behind a trusted proxy. */
final class ClientAddress {

    /** Longer than any IPv6 address with a zone; a longer header value is cut, not kept whole as a cache key. */
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            var comma = forwardedFor.indexOf(',');
            var first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).trim();
            if (!first.isEmpty()) {
                return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
            }
        }
        return remoteAddress == null ? "unknown" : remoteAddress;
    }
}
