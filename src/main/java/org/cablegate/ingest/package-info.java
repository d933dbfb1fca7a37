/**
 * Cable text in, {@link org.cablegate.ingest.ParsedCable} out: the WikiLeaks page, plain-text and {@code cables.csv}
 * formats, header, caption, references, tags, paragraphs with their markings and fingerprints, and the CSV dump's
 * reader. Plain Java over text; a text that is not a cable raises {@link org.cablegate.ingest.CableParseException}
 * naming what is missing and where.
 *
 * <p><b>May use:</b> nothing of this service, and neither JAX-RS, JPA, JDBC nor Vert.x (checked by
 * {@code ArchitectureTest}). Used by every package that handles cables.
 */
package org.cablegate.ingest;
