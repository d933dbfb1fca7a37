package org.cablegate.search;

import org.cablegate.search.QueryItems.Item;
import org.cablegate.search.QueryItems.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryItemsTest {

    private static List<List<Item>> read(String q) {
        return QueryItems.read(q).stream().map(QueryItems.Group::alternatives).toList();
    }

    @Test
    void readsWordsPhrasesExclusionsAndRequiredWords() {
        assertEquals(List.of(
                        List.of(new Item("heroin", Kind.PREFERRED, false)),
                        List.of(new Item("drug trafficking", Kind.PREFERRED, true)),
                        List.of(new Item("opium", Kind.EXCLUDED, false)),
                        List.of(new Item("Kazakhstan", Kind.REQUIRED, false))),
                read("heroin \"drug trafficking\" -opium +Kazakhstan"));
    }

    @Test
    void joinsItemsAroundOrIntoOneGroup() {
        assertEquals(List.of(
                        List.of(new Item("oil", Kind.PREFERRED, false), new Item("gas", Kind.PREFERRED, false)),
                        List.of(new Item("Russia", Kind.PREFERRED, false))),
                read("oil OR gas Russia"));
        assertEquals(List.of(List.of(new Item("Iran", Kind.EXCLUDED, false))), read("NOT Iran"));
    }

    @Test
    void keepsHyphensAndPlusInsideTokensAndReadsAnUnclosedQuoteToTheEnd() {
        assertEquals(List.of(List.of(new Item("F-16", Kind.PREFERRED, false)),
                List.of(new Item("5+1", Kind.PREFERRED, false))), read("F-16 5+1"));
        assertEquals(List.of(List.of(new Item("six party talks", Kind.PREFERRED, true))), read("\u201Csix party talks"));
        assertEquals(List.of(), read("  OR  "));
    }
}
