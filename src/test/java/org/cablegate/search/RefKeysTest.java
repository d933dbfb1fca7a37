package org.cablegate.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefKeysTest {

    @Test
    void indexesAReferenceIdWithAndWithoutItsYear() {
        assertEquals(List.of("08astana2380", "astana2380"), List.copyOf(RefKeys.ofRefId("08ASTANA2380")));
        assertEquals(List.of("09usunnewyork123", "usunnewyork123"), List.copyOf(RefKeys.ofRefId("09USUNNEWYORK123")));
    }

    @Test
    void readsEveryFormAPersonWritesIntoTheSameKeys() {
        assertEquals(Set.of("08astana2380"), RefKeys.inQuery("08ASTANA2380"));
        assertEquals(Set.of("08astana2380"), RefKeys.inQuery("08 ASTANA 2380"));
        assertEquals(Set.of("astana2380"), RefKeys.inQuery("ASTANA 2380"));
        assertEquals(Set.of("astana2380"), RefKeys.inQuery("astana 00002380"));
        assertTrue(RefKeys.inQuery("see STATE 154928 for background").contains("state154928"));
    }

    @Test
    void triesPostsOfSeveralWords() {
        assertTrue(RefKeys.inQuery("buenos aires 2481").contains("buenosaires2481"));
        assertTrue(RefKeys.inQuery("UNVIE VIENNA 540").contains("unvievienna540"));
        assertTrue(RefKeys.inQuery("09 UNVIE VIENNA 540").contains("09unvievienna540"));
        assertTrue(RefKeys.ofRefId("66BUENOSAIRES2481").contains("buenosaires2481"));
    }

    @Test
    void findsSeveralIdsAndNoneInPlainWords() {
        var keys = RefKeys.inQuery("08ASTANA2380 and 06ASTANA590");
        assertTrue(keys.containsAll(Set.of("08astana2380", "06astana590")), keys.toString());
        assertEquals(Set.of(), RefKeys.inQuery("heroin seizures in Kazakhstan"));
        assertEquals(Set.of(), RefKeys.inQuery("F-16 G8 5+1"));
    }
}
