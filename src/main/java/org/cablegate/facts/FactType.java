package org.cablegate.facts;

/** The kinds of fact; the JSON name is the lower-case name. */
public enum FactType {
    QUANTITY,
    MONEY,
    PERCENTAGE,
    DATE,
    REFERENCE,
    ACRONYM,
    COUNT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
