package org.cablegate.ingest;

/**
 * A reference to another cable.
 *
 * @param letter the list letter as printed ({@code A}), or null for a single reference
 * @param label  the reference as printed, normalised ({@code STATE 154928})
 * @param refId  the reference ID it resolves to ({@code 06STATE154928})
 */
public record Reference(String letter, String label, String refId) {
}
