package org.cablegate.security;

/** The roles an identity can hold; one today. */
public final class Roles {

    /** Holds a valid API key: may import cables and see import jobs. */
    public static final String WRITER = "writer";

    private Roles() {
    }
}
