package org.cablegate.versions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    @Test
    void redactionLiftedInsideASentenceIsOneReplacedSpanMarkedLifted() {
        var spans = WordDiff.spans("The Ambassador met XXXXXXXXXXXX on Tuesday to discuss the visit.",
                "The Ambassador met Foreign Minister Moratinos on Tuesday to discuss the visit.");
        assertEquals(List.of(new Span("replace", "XXXXXXXXXXXX", "Foreign Minister Moratinos", "lifted")), spans);
    }

    @Test
    void nameReplacedByMarksIsARedactionAdded() {
        var spans = WordDiff.spans("He told Li Guofu that", "He told XXXXXXXXXXXX that");
        assertEquals(List.of(new Span("replace", "Li Guofu", "XXXXXXXXXXXX", "added")), spans);
    }

    @Test
    void wordsInsertedAndDeletedAreSeparateSpansWithoutRedaction() {
        var spans = WordDiff.spans("one two three four", "one three four five");
        assertEquals(List.of(new Span("delete", "two", null, null), new Span("insert", null, "five", null)), spans);
    }

    @Test
    void typographicQuotesAndDashesAreNoChange() {
        assertTrue(WordDiff.spans("the \u201Cbear hug\u201D of Morales \u2014 it said", "the \"bear hug\" of Morales -- it said")
                .isEmpty());
    }

    @Test
    void marksReplacedByMoreMarksButFewerWordsIsAdded() {
        var spans = WordDiff.spans("When XXXXXXX began to search XXXXXXXX then", "When XXXXXXXXXXXX then");
        assertEquals(1, spans.size());
        assertEquals("added", spans.get(0).redaction());
    }

    @Test
    void lowerCaseMarksCount() {
        var spans = WordDiff.spans("met xxxxxxxxxxxx today", "met Prince Muqrin today");
        assertEquals("lifted", spans.get(0).redaction());
    }

    @Test
    void segmentsRebuildTheLaterText() {
        var segments = WordDiff.segments("a b XXXXXXXXXXXX d e", "a b c d e f");
        var rebuilt = new StringBuilder();
        for (var s : segments) {
            var part = s.same() != null ? s.same() : s.change().after();
            if (part != null) {
                rebuilt.append(rebuilt.length() == 0 ? "" : " ").append(part);
            }
        }
        assertEquals("a b c d e f", rebuilt.toString());
    }

    @Test
    void marksGluedToTheWordBeforeStillCountAsARedaction() {
        // 09TRIPOLI771, build of 7 December: "retinue, and XXXXXXX via ... XXXXXXXX." became "retinueXXXXXXXXXXXX".
        var spans = WordDiff.spans("personal retinue, and XXXXXXX via a green phone XXXXXXXX. It is next to a red one. We",
                "personal retinueXXXXXXXXXXXX We");
        assertEquals(1, spans.size());
        assertEquals("added", spans.get(0).redaction());
        assertEquals(1, VersionContent.count("retinueXXXXXXXXXXXX"));
        assertEquals(0, VersionContent.count("EXXON and TAXXXI"), "X's inside a capitalised word are no mark");
    }

    @Test
    void longTextsGetWordSpansNotOneReplacedBlock() {
        // 5,000 words on each side (the old table would have needed 25 million cells): two marks lifted far apart.
        var before = new StringBuilder();
        var after = new StringBuilder();
        for (int k = 0; k < 5000; k++) {
            var word = k == 1200 || k == 4100 ? null : "w" + k;
            before.append(word == null ? "XXXXXXXXXXXX" : word).append(' ');
            after.append(word == null ? "Name" + k : word).append(' ');
        }
        var spans = WordDiff.spans(before.toString(), after.toString());
        assertEquals(List.of(new Span("replace", "XXXXXXXXXXXX", "Name1200", "lifted"),
                new Span("replace", "XXXXXXXXXXXX", "Name4100", "lifted")), spans);
    }
}
