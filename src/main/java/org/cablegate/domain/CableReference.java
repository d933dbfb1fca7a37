package org.cablegate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A caption reference to another cable, which may or may not be in the corpus. */
@Embeddable
public class CableReference {

    public String letter;
    public String label;
    @Column(name = "target_ref_id")
    public String targetRefId;

    public CableReference() {
    }

    public CableReference(String letter, String label, String targetRefId) {
        this.letter = letter;
        this.label = label;
        this.targetRefId = targetRefId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CableReference that && java.util.Objects.equals(letter, that.letter) && java.util.Objects.equals(label, that.label) && java.util.Objects.equals(targetRefId, that.targetRefId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(letter, label, targetRefId);
    }
}
