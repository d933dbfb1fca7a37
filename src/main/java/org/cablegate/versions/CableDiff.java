package org.cablegate.versions;

import java.util.List;

/**
 * What changed between two versions of a cable.
 *
 * @param fields     caption fields that changed
 * @param paragraphs paragraphs that changed, in the order of the later version (removed ones where they stood)
 */
public record CableDiff(List<FieldChange> fields, List<ParagraphChange> paragraphs) {

    public record FieldChange(String name, String before, String after, List<Span> spans) {
    }

    /** {@code change} is {@code added}, {@code removed} or {@code changed}. */
    public record ParagraphChange(String n, String change, String before, String after, List<Span> spans) {
    }

    public boolean isEmpty() {
        return fields.isEmpty() && paragraphs.isEmpty();
    }

    public List<String> changedParagraphs() {
        return paragraphs.stream().map(ParagraphChange::n).toList();
    }

    /** The spans in which a redaction was lifted, fields first. */
    public List<Span> lifted() {
        var out = new java.util.ArrayList<Span>();
        fields.forEach(f -> f.spans().stream().filter(s -> "lifted".equals(s.redaction())).forEach(out::add));
        paragraphs.forEach(p -> p.spans().stream().filter(s -> "lifted".equals(s.redaction())).forEach(out::add));
        return out;
    }
}
