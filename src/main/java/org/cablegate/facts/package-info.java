/**
 * Fact extraction from one paragraph's text: dates, amounts of money, quantities, percentages, acronyms and
 * references to other cables, each with its place in the text ({@link org.cablegate.facts.FactExtractor}). Plain Java
 * over text, safe on many threads; its vocabularies are resources under {@code facts/}.
 *
 * <p><b>May use:</b> nothing of this service, and neither JAX-RS, JPA, JDBC nor Vert.x (checked by
 * {@code ArchitectureTest}). Used by {@code bulk} (imports, re-extraction), {@code persistence} (storing facts) and
 * {@code rest}.
 */
package org.cablegate.facts;
