package org.cablegate.persistence;

/** A value and the number of cables that carry it. */
public record FacetCount(String value, long count) {
}
