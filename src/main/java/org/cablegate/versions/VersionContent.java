package org.cablegate.versions;

import org.cablegate.ingest.ParsedCable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a version of a cable says: its caption fields and paragraphs. Two versions with equal {@link #contentKey()}
 * differ in layout only.
 *
 * @param fields     caption fields by name, in {@link #FIELDS} order; values may be null
 * @param paragraphs paragraphs in document order
 */
public record VersionContent(Map<String, String> fields, List<VersionParagraph> paragraphs) {

    /** The caption fields a version keeps; tags are joined with {@code ", "}. */
    public static final List<String> FIELDS = List.of("subject", "classification", "origin", "tags", "classifiedBy",
            "summary", "signer");

    /**
     * A redaction mark: a run of X's not inside a word (four or more capitals, or six or more in lower case, as some
     * builds print them), possibly with a possessive or punctuation after it. Capital marks may follow a lower-case
     * word with no space: some builds glue the mark to the word before it ({@code retinueXXXXXXXXXXXX}).
     */
    static final Pattern REDACTION = Pattern.compile(
            "(?:(?<![A-Z0-9])X{4,}|(?<![A-Za-z0-9])x{6,})(?![A-WYZa-wyz0-9])");

    public VersionContent {
        var copy = new LinkedHashMap<String, String>();
        for (var name : FIELDS) {
            copy.put(name, fields.get(name));
        }
        fields = Collections.unmodifiableMap(copy);
        paragraphs = List.copyOf(paragraphs);
    }

    public static VersionContent of(ParsedCable cable) {
        var caption = cable.caption();
        var fields = new LinkedHashMap<String, String>();
        fields.put("subject", caption.subject());
        fields.put("classification", cable.classification());
        fields.put("origin", cable.origin());
        fields.put("tags", caption.tags().isEmpty() ? null : String.join(", ", caption.tags()));
        fields.put("classifiedBy", caption.classifiedBy());
        fields.put("summary", caption.summary());
        fields.put("signer", caption.signer());
        var paragraphs = cable.paragraphs().stream()
                .map(p -> new VersionParagraph(p.n(), p.marking(), p.heading(), p.text()))
                .toList();
        return new VersionContent(fields, paragraphs);
    }

    public VersionParagraph paragraph(String n) {
        for (var p : paragraphs) {
            if (p.n().equals(n)) {
                return p;
            }
        }
        return null;
    }

    /** How many redaction marks the subject, summary and paragraphs hold. */
    public int redactions() {
        int count = count(fields.get("subject"));
        for (var p : paragraphs) {
            count += count(p.text());
        }
        return count;
    }

    static int count(String text) {
        if (text == null || (text.indexOf("XXXX") < 0 && text.indexOf("xxxxxx") < 0)) {
            return 0;
        }
        int count = 0;
        var m = REDACTION.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /**
     * SHA-256 of the normalised content. Paragraphs are written as one stream in which a section heading stands
     * before the paragraph that opens the section: builds that print each paragraph on one line run the heading into
     * the paragraph before it, and both readings give the same stream.
     */
    public String contentKey() {
        var s = new StringBuilder();
        fields.forEach((name, value) -> s.append(name).append('=').append(ContentNormaliser.normalise(value)).append('\n'));
        String heading = null;
        for (var p : paragraphs) {
            if (p.heading() != null && !Objects.equals(p.heading(), heading)) {
                s.append(' ').append(ContentNormaliser.normalise(p.heading()));
            }
            heading = p.heading();
            s.append(" \u00B6").append(p.n()).append('|').append(p.marking()).append("| ")
                    .append(ContentNormaliser.normalise(p.text()));
        }
        var collapsed = s.toString().replaceAll(" +", " ");
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(collapsed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean sameContentAs(VersionContent other) {
        return contentKey().equals(other.contentKey());
    }
}
