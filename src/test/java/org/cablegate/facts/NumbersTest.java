package org.cablegate.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "22,549|22549", "48.763|48.763", ".5|0.5", "1,234,567.25|1234567.25", "2000|2000",
            "two|2", "twenty-five|25", "ninety nine|99", "one hundred and fifty|150", "a hundred|100",
            "two hundred|200", "a dozen|12", "two dozen|24", "two and a half|2.5",
            "1.5 million|1500000", "145 thousand|145000", "one billion|1000000000", "half a million|500000",
            "half a billion|500000000", "a million|1000000", "3bn|3000000000", "2 lakh|200000", "5 crore|50000000",
            "1.2 mln|1200000", "4-million|4000000", "two hundred thousand|200000", "ONE MILLION|1000000",
            "two and a half million|2500000"})
    void readsDigitsWordsFractionsAndMultipliers(String written, BigDecimal expected) {
        assertEquals(0, expected.compareTo(Numbers.value(written)), written);
    }

    @Test
    void aNumberEndsWhereItsWordsEnd() {
        var n = Numbers.at("seized 1.5 million tons", 7);
        assertEquals(18, n.end());
        assertEquals(0, new BigDecimal("1.5").compareTo(n.base()));
        assertTrue(n.multiplied());
    }

    @Test
    void readsAYearAsAYearOnlyWithoutSeparatorOrMultiplier() {
        assertTrue(Numbers.at("in 2006 to", 3).yearLike());
        assertFalse(Numbers.at("2,006 tons", 0).yearLike());
        assertFalse(Numbers.at("2006 million", 0).yearLike());
        assertFalse(Numbers.at("2500 tons", 0).yearLike());
    }

    @Test
    void aMultiplierWrittenOnceCanBeLentToTheOtherEnd() {
        var twenty = Numbers.at("20 to 25 million", 0);
        var twentyFive = Numbers.at("20 to 25 million", 6);
        assertEquals(0, BigDecimal.valueOf(20_000_000).compareTo(twenty.times(twentyFive.multiplier()).value()));
    }

    @Test
    void versionsDatesAndLoneArticlesAreNotNumbers() {
        assertNull(Numbers.at("12.05.2008", 0));
        assertNull(Numbers.at("a car", 0));
        assertNull(Numbers.at("half an hour", 0));
        assertNull(Numbers.value("several"));
    }

    @Test
    void startsAreFoundOncePerNumberAndNotInsideWords() {
        assertEquals(java.util.List.of(0, 12, 28), Numbers.starts("22,549.5 or two kinds, H5N1 7 ton"));
    }
}
