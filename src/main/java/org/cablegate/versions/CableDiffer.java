package org.cablegate.versions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Compares two versions of a cable. Paragraphs are matched by the key the cable prints ({@code n}), which survives a
 * paragraph withheld in one build and restored in the next; a paragraph counts as changed when its normalised text
 * or its marking differs.
 */
public final class CableDiffer {

    private CableDiffer() {
    }

    public static CableDiff diff(VersionContent from, VersionContent to) {
        var fields = new ArrayList<CableDiff.FieldChange>();
        for (var name : VersionContent.FIELDS) {
            var before = from.fields().get(name);
            var after = to.fields().get(name);
            if (!Objects.equals(ContentNormaliser.normalise(before), ContentNormaliser.normalise(after))) {
                fields.add(new CableDiff.FieldChange(name, before, after, spansOrWhole(before, after)));
            }
        }
        var paragraphs = new ArrayList<CableDiff.ParagraphChange>();
        var seen = new HashSet<String>();
        // Removed paragraphs are reported where they stood: before the first later paragraph that followed them.
        var pendingRemoved = new ArrayList<VersionParagraph>();
        var toKeys = new HashSet<String>();
        to.paragraphs().forEach(p -> toKeys.add(p.n()));
        int fromIndex = 0;
        for (var after : to.paragraphs()) {
            var before = from.paragraph(after.n());
            if (before != null) {
                // Flush removed paragraphs that stood before this one in the earlier version.
                while (fromIndex < from.paragraphs().size() && !from.paragraphs().get(fromIndex).n().equals(after.n())) {
                    var old = from.paragraphs().get(fromIndex++);
                    if (!toKeys.contains(old.n()) && seen.add(old.n())) {
                        pendingRemoved.add(old);
                    }
                }
                fromIndex = Math.min(fromIndex + 1, from.paragraphs().size());
                pendingRemoved.forEach(r -> paragraphs.add(removed(r)));
                pendingRemoved.clear();
            }
            if (before == null) {
                paragraphs.add(new CableDiff.ParagraphChange(after.n(), "added", null, after.text(),
                        WordDiff.spans(null, after.text())));
            } else if (!sameText(before, after)) {
                paragraphs.add(new CableDiff.ParagraphChange(after.n(), "changed", before.text(), after.text(),
                        WordDiff.spans(before.text(), after.text())));
            }
        }
        for (var old : from.paragraphs()) {
            if (!toKeys.contains(old.n()) && seen.add(old.n())) {
                pendingRemoved.add(old);
            }
        }
        pendingRemoved.forEach(r -> paragraphs.add(removed(r)));
        return new CableDiff(fields, paragraphs);
    }

    private static CableDiff.ParagraphChange removed(VersionParagraph p) {
        return new CableDiff.ParagraphChange(p.n(), "removed", p.text(), null, WordDiff.spans(p.text(), null));
    }

    private static boolean sameText(VersionParagraph a, VersionParagraph b) {
        return Objects.equals(a.marking(), b.marking())
                && ContentNormaliser.normalise(a.text()).equals(ContentNormaliser.normalise(b.text()));
    }

    private static List<Span> spansOrWhole(String before, String after) {
        var spans = WordDiff.spans(before, after);
        // A field that differs only in case or layout still shows as one replaced span.
        return spans.isEmpty() ? List.of(new Span("replace", before, after, WordDiff.redaction(before, after))) : spans;
    }
}
