/**
 * The JPA entities ({@link org.cablegate.domain.Cable}, {@link org.cablegate.domain.StoredParagraph} and their
 * embeddables), Panache active records over the {@code cable} and {@code paragraph} tables. Entities never leave as
 * JSON: resources answer the records of {@code rest.dto} (checked by {@code ArchitectureTest}).
 *
 * <p><b>May use:</b> nothing of this service. Read through {@code persistence}; mapped to views in {@code rest} and
 * {@code pages}.
 */
package org.cablegate.domain;
