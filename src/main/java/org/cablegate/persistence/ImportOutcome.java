package org.cablegate.persistence;

/** What an import did to one cable. */
public enum ImportOutcome {
    /** The cable was new. */
    CREATED,
    /** The cable was stored with the same content: nothing was written. */
    UNCHANGED,
    /** The cable's content changed: fields, texts and fingerprints were updated; keys and permalinks kept. */
    UPDATED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
