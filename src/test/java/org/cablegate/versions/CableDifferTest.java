package org.cablegate.versions;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CableDifferTest {

    private static VersionContent cable(String subject, VersionParagraph... paragraphs) {
        Map<String, String> fields = new HashMap<>();
        fields.put("subject", subject);
        fields.put("classification", "CONFIDENTIAL");
        return new VersionContent(fields, List.of(paragraphs));
    }

    private static VersionParagraph p(String n, String text) {
        return new VersionParagraph(n, "C", null, text);
    }

    @Test
    void paragraphAddedIsReportedWithItsWholeTextInserted() {
        var diff = CableDiffer.diff(cable("S", p("1", "One."), p("3", "Three.")),
                cable("S", p("1", "One."), p("2", "Two restored."), p("3", "Three.")));
        assertEquals(1, diff.paragraphs().size());
        var change = diff.paragraphs().get(0);
        assertEquals("2", change.n());
        assertEquals("added", change.change());
        assertNull(change.before());
        assertEquals(List.of(new Span("insert", null, "Two restored.", null)), change.spans());
    }

    @Test
    void paragraphRemovedIsReportedWhereItStood() {
        var diff = CableDiffer.diff(cable("S", p("1", "One."), p("2", "Two."), p("3", "Three.")),
                cable("S", p("1", "One."), p("3", "Three changed.")));
        assertEquals(List.of("2", "3"), diff.changedParagraphs());
        assertEquals("removed", diff.paragraphs().get(0).change());
        assertEquals("Two.", diff.paragraphs().get(0).before());
        assertEquals("changed", diff.paragraphs().get(1).change());
    }

    @Test
    void paragraphSplitChangesTheFirstAndAddsTheSecond() {
        var diff = CableDiffer.diff(cable("S", p("1", "First half. Second half.")),
                cable("S", p("1", "First half."), p("2", "Second half.")));
        assertEquals(List.of("1", "2"), diff.changedParagraphs());
        assertEquals(List.of(new Span("delete", "Second half.", null, null)),
                diff.paragraphs().get(0).spans());
        assertEquals("added", diff.paragraphs().get(1).change());
    }

    @Test
    void redactionLiftedInsideASentenceIsTheOnlyLiftedSpan() {
        var diff = CableDiffer.diff(cable("S", p("4", "The minister said XXXXXXXXXXXX would attend.")),
                cable("S", p("4", "The minister said Prince Muqrin would attend.")));
        assertEquals(List.of(new Span("replace", "XXXXXXXXXXXX", "Prince Muqrin", "lifted")), diff.lifted());
    }

    @Test
    void subjectRedactedIsAFieldChangeWithARedactionAdded() {
        var diff = CableDiffer.diff(cable("KRAMER'S MEETING WITH RUSSIAN OPPOSITION FIGURE VLADIMIR RYZHKOV"),
                cable("KRAMER'S MEETING WITH XXXXXXXXXXXX"));
        assertEquals(1, diff.fields().size());
        assertEquals("subject", diff.fields().get(0).name());
        assertEquals(List.of(new Span("replace", "RUSSIAN OPPOSITION FIGURE VLADIMIR RYZHKOV", "XXXXXXXXXXXX", "added")),
                diff.fields().get(0).spans());
        assertTrue(diff.paragraphs().isEmpty());
    }

    @Test
    void layoutOnlyDifferencesKeepTheContentKey() {
        var a = cable("MINISTER'S VISIT", new VersionParagraph("1", "C", "Background", "He said \u201Cyes\u201D \u2014 twice."),
                new VersionParagraph("2", "C", "Background", "Next. Outlook"), new VersionParagraph("3", "C", "Background", "Later."));
        var b = cable("MINISTER\u2019S  VISIT", new VersionParagraph("1", "C", "Background", "He said \"yes\" -- twice."),
                new VersionParagraph("2", "C", "Background", "Next."), new VersionParagraph("3", "C", "Outlook", "Later."));
        assertEquals(a.contentKey(), b.contentKey());
        assertTrue(CableDiffer.diff(a, a).isEmpty());
    }

    @Test
    void caseChangeInTheSubjectIsContent() {
        assertNotEquals(cable("kandahar politics").contentKey(), cable("KANDAHAR POLITICS").contentKey());
    }

    @Test
    void deltaTurnsOneVersionIntoTheOtherThroughItsJson() {
        var older = cable("S", p("1", "One XXXXXXXXXXXX."), p("2", "Two."));
        var newer = cable("S2", p("1", "One Moratinos."), p("2", "Two."), p("3", "Three."));
        var delta = VersionDelta.fromJson(VersionDelta.between(newer, older).toJson());
        assertEquals(older, delta.applyTo(newer));
        assertEquals(List.of("1"), List.copyOf(delta.paragraphs().keySet()));
    }
}
