package org.cablegate.facts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PhrasesTest {

    private final Phrases<String> phrases = new Phrases<>();

    PhrasesTest() {
        phrases.add("ton", "t", false);
        phrases.add("metric tons", "t", false);
        phrases.add("Hong Kong $", "HKD", false);
        phrases.add("$", "USD", false);
        phrases.add("NOK", "NOK", true);
    }

    @Test
    void forwardFindsTheLongestFormAtWordBoundaries() {
        var m = phrases.forward("5 metric tons of", 2);
        assertEquals("metric tons", "5 metric tons of".substring(m.start(), m.end()));
        assertNull(phrases.forward("5 tonnes", 2), "not the start of a longer word");
    }

    @Test
    void backwardFindsTheLongestFormEndingAtAPosition() {
        var text = "paid Hong Kong $5 million";
        var m = phrases.backward(text, 16);
        assertEquals("HKD", m.meaning());
        assertEquals(5, m.start());
    }

    @Test
    void formsAddedAsExactMatchOnlyInThatCase() {
        assertEquals("NOK", phrases.forward("40 million NOK", 11).meaning());
        assertNull(phrases.forward("40 million nok", 11));
        assertEquals("t", phrases.forward("5 TON", 2).meaning(), "other forms match in any case");
    }
}
