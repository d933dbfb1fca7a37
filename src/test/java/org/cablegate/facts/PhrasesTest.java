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

    @Test
    void aFormEndingInsideAWordIsPassedOverForAShorterWholeOne() {
        var text = "5 tonsils";
        assertNull(phrases.forward(text, 2), "\"ton\" and \"tons\" end inside the word");
        var shorter = new Phrases<String>();
        shorter.add("kg", "kg", false);
        shorter.add("kgs", "kg", false);
        assertEquals(4, shorter.forward("3 kg, 4 kgs", 2).end(), "the whole-word form, not a longer prefix");
        assertEquals(11, shorter.forward("3 kg, 4 kgs", 8).end());
    }

    @Test
    void anExactFormWinsOverTheSameFormInAnyCaseAndALongerFormWinsOverBoth() {
        var both = new Phrases<String>();
        both.add("ALL", "ALL", true);
        both.add("all", "everything", false);
        both.add("all of it", "whole", false);
        assertEquals("ALL", both.forward("10 ALL", 3).meaning());
        assertEquals("everything", both.forward("10 All", 3).meaning());
        assertEquals("whole", both.forward("ALL of it", 0).meaning());
        assertEquals("ALL", both.backward("paid 10 ALL", 11).meaning());
        assertEquals("whole", both.backward("take ALL of it", 14).meaning());
    }
}
