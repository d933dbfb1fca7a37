package org.cablegate.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One cable as the parser understood it, independent of the format it came in.
 *
 * @param refId          canonical reference ID, upper case ({@code 06ASTANA590})
 * @param created        time of transmission in UTC; the header's DTG wins over a publisher's printed time
 * @param released       publication time in UTC, or null when the format does not carry it
 * @param classification publisher's classification ({@code UNCLASSIFIED}, {@code CONFIDENTIAL//NOFORN}, …)
 * @param origin         originating post as the publisher names it ({@code Embassy Astana}), or null
 * @param header         the transmission header
 * @param caption        the caption block (tags, subject, references, …) and the signer
 * @param paragraphs     body paragraphs in document order
 * @param format         the format the text was detected as
 */
public record ParsedCable(
        String refId,
        Instant created,
        Instant released,
        String classification,
        String origin,
        CableHeader header,
        Caption caption,
        List<Paragraph> paragraphs,
        SourceFormat format) {
}
