package org.cablegate.ingest;

import java.time.Instant;

/**
 * A cable taken out of its wrapping (HTML page, JSON, mirror page, CSV row …) but not yet understood: publisher
 * metadata where the format has it, and the cable text.
 *
 * @param format         the format it came in
 * @param refId          publisher's reference ID, or null
 * @param published      publisher's "Created" time, or null
 * @param released       publisher's "Released" time, or null
 * @param classification publisher's classification, or null
 * @param origin         publisher's origin, or null
 * @param header         the transmission header when the format keeps it apart, else empty
 * @param text           the cable text: caption and body (and the header too when the format runs them together)
 * @param firstLine      1-based line of the input where {@code text} starts, for error messages
 */
record RawCable(SourceFormat format, String refId, Instant published, Instant released, String classification,
                String origin, String header, String text, int firstLine) {
}
