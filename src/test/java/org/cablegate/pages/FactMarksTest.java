package org.cablegate.pages;

import org.cablegate.persistence.FactRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FactMarksTest {

    private static final String TEXT = "Police seized 22,549 kilos of drugs, up 12 percent, worth USD 3 million.";

    private static FactRow fact(String type, int start, int end, BigDecimal value, String unit, String currency,
                                String substance, String direction) {
        return new FactRow("X-1-" + type + "-" + start, "X", "1", type, TEXT.substring(start, end), start, end, value,
                null, null, unit, currency, null, substance, direction, null, null, null, null, null);
    }

    private final FactRow kilos = fact("quantity", 14, 26, new BigDecimal("22549"), "kg", null, "drugs", null);
    private final FactRow percent = fact("percentage", 40, 50, new BigDecimal("12"), null, null, null, "increase");
    private final FactRow money = fact("money", 58, 71, new BigDecimal("3000000"), null, "USD", null, null);

    @Test
    void textIsCutIntoPlainRunsAndFactsThatJoinToTheWholeText() {
        var marks = FactMarks.marks(List.of(kilos, percent, money), 1);
        var segments = FactMarks.segments(TEXT, List.of(money, kilos, percent), marks);
        assertEquals(TEXT, String.join("", segments.stream().map(FactMarks.Segment::text).toList()));
        assertEquals(List.of("Police seized ", "22,549 kilos", " of drugs, up ", "12 percent", ", worth ",
                "USD 3 million", "."), segments.stream().map(FactMarks.Segment::text).toList());
        assertNull(segments.get(0).fact());
        assertEquals("f1", segments.get(1).fact().anchor());
        assertEquals("f3", segments.get(5).fact().anchor());
    }

    @Test
    void anOverlappingFactIsListedButNotMarkedTwice() {
        var inside = fact("quantity", 14, 20, new BigDecimal("22549"), null, null, null, null);
        var marks = FactMarks.marks(List.of(kilos, inside), 7);
        var segments = FactMarks.segments(TEXT, List.of(kilos, inside), marks);
        assertEquals(2, marks.size());
        assertEquals(1, segments.stream().filter(s -> s.fact() != null).count());
        assertEquals(TEXT, String.join("", segments.stream().map(FactMarks.Segment::text).toList()));
    }

    @Test
    void valuesAreSaidInWords() {
        assertEquals("22549 kg of drugs", FactMarks.value(kilos));
        assertEquals("12 %, increase", FactMarks.value(percent));
        assertEquals("USD 3000000", FactMarks.value(money));
    }
}
