package org.cablegate.share;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The networks posts are made for, with the length each allows. */
public enum Network {
    TWITTER(280), MASTODON(500), BLUESKY(300);

    private final int limit;

    Network(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive; "x" is Twitter. */
    public static Network parse(String name) {
        var n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("x")) {
            return TWITTER;
        }
        for (var network : values()) {
            if (network.jsonName().equals(n)) {
                return network;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of "
                + Arrays.stream(values()).map(Network::jsonName).collect(Collectors.joining(", ")));
    }
}
