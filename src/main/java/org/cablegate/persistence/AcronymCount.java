package org.cablegate.persistence;

/** An acronym, its expansion, and how many definitions of it the corpus holds. */
public record AcronymCount(String acronym, String expansion, long definitions, long cables, String firstRefId) {
}
