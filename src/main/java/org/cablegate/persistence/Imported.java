package org.cablegate.persistence;

/** What importing one cable did. */
public record Imported(String refId, ImportOutcome outcome, int paragraphCount) {
}
