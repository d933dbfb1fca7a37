package org.cablegate.versions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiftsTest {

    private static VersionContent content(String subject, String... paragraphs) {
        var list = new java.util.ArrayList<VersionParagraph>();
        for (int i = 0; i < paragraphs.length; i++) {
            list.add(new VersionParagraph(String.valueOf(i + 1), "C", null, paragraphs[i]));
        }
        var fields = new java.util.HashMap<String, String>();
        fields.put("subject", subject);
        return new VersionContent(fields, list);
    }

    @Test
    void locatesTheWordsThatReplacedTheMarksInTheLaterText() {
        var before = content("TALKS", "Intro.", "The Ambassador met XXXXXXXXXXXX on Tuesday and XXXXXXXXXXXX on Friday.");
        var after = content("TALKS", "Intro.", "The Ambassador met Foreign Minister Moratinos on Tuesday and his deputy on Friday.");
        var lifts = Lifts.between(CableDiffer.diff(before, after));
        assertEquals(2, lifts.size());
        assertEquals("Foreign Minister Moratinos", lifts.get(0).text().substring(lifts.get(0).start(), lifts.get(0).end()));
        assertEquals("his deputy", lifts.get(1).text().substring(lifts.get(1).start(), lifts.get(1).end()));
        assertEquals("2", lifts.get(0).where());
        assertEquals(CableDiffer.diff(before, after).lifted().size(), lifts.size());
    }

    @Test
    void captionFieldsComeFirstAndMarksRemovedWithoutWordsAreAnEmptyLiftWhereTheyStood() {
        var before = content("MEETING WITH XXXXXXXXXXXX", "Shared values and development. XXXXXXXXXXXX");
        var after = content("MEETING WITH VLADIMIR RYZHKOV", "Shared values and development.");
        var lifts = Lifts.between(CableDiffer.diff(before, after));
        assertEquals(2, lifts.size());
        assertEquals(true, lifts.get(0).field());
        assertEquals("subject", lifts.get(0).where());
        assertEquals("VLADIMIR RYZHKOV", lifts.get(0).text().substring(lifts.get(0).start(), lifts.get(0).end()));
        var removed = lifts.get(1);
        assertEquals(removed.text().length(), removed.start());
        assertEquals(removed.start(), removed.end());
    }

    @Test
    void aRedactionAddedIsNoLift() {
        var before = content("S", "He told Li Guofu that.");
        var after = content("S", "He told XXXXXXXXXXXX that.");
        assertEquals(List.of(), Lifts.between(CableDiffer.diff(before, after)));
    }
}
