package org.cablegate.domain;

import jakarta.persistence.Embeddable;

/** A TO or INFO recipient of a cable, in header order. */
@Embeddable
public class Recipient {

    public static final String TO = "TO";
    public static final String INFO = "INFO";

    public String kind;
    public String name;
    public String precedence;

    public Recipient() {
    }

    public Recipient(String kind, String name, String precedence) {
        this.kind = kind;
        this.name = name;
        this.precedence = precedence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipient that && java.util.Objects.equals(kind, that.kind) && java.util.Objects.equals(name, that.name) && java.util.Objects.equals(precedence, that.precedence);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, name, precedence);
    }
}
