package org.cablegate.ingest;

/** Reference IDs in their canonical form. */
public final class ReferenceIds {
    private ReferenceIds() {
    }

    public static String canonical(String refId) {
        return refId;
    }
}
