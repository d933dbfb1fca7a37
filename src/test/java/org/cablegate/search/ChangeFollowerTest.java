package org.cablegate.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.bulk.CablePreparer;
import org.cablegate.persistence.CableBatchWriter;
import org.cablegate.bulk.CableImporter;
import org.cablegate.persistence.CablesWritten;
import org.cablegate.persistence.ChangeLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replica's follower against the database directly: a Lucene index of its own (not the service's, which the
 * import's local event keeps current), fed only by the change log that the writes leave in {@code cable_change}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
@TestProfile(ChangeFollowerTest.FollowingReplica.class)
class ChangeFollowerTest {

    /** A database of its own (each test imports cables no other test class imported first), polled every 200 ms. */
    public static class FollowingReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cables.search.follow-millis", "200");
        }
    }

    @Inject
    CableImporter importer;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CableSearchIndex serviceIndex;

    private Path dir;
    private LuceneCableIndex replica;
    private final Set<String> invalidated = new HashSet<>();
    private int rebuilds;

    @BeforeEach
    void openReplicaIndex() throws Exception {
        dir = Files.createTempDirectory("follower-test-");
        replica = LuceneCableIndex.open(dir, 100, 3600);
    }

    @AfterEach
    void deleteReplicaIndex() throws Exception {
        replica.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private ChangeFollower follower(Duration grace) {
        return new ChangeFollower(dataSource, replica, () -> {
            rebuilds++;
            IndexRebuild.run(dataSource, replica, grace, done -> { });
        }, invalidated::addAll, grace);
    }

    private List<String> hits(String q) throws Exception {
        return replica.search(new SearchRequest(q, null, null, null, null, null, SearchOrder.RELEVANCE, 10, null, false))
                .hits().stream().map(SearchHit::refId).toList();
    }

    @Test
    void indexesCablesAnotherWriterStoredAndDropsTheirCachedAnswers() throws Exception {
        var follower = follower(ChangeFollower.GRACE);
        follower.poll();
        assertFalse(hits("ASTANA 2380").contains("08ASTANA2380"), "not in this replica's index before the write");

        importer.importText(SampleCorpus.read("samples/08ASTANA2380.mirror.txt"));
        var poll = follower.poll();

        assertTrue(poll.changes() >= 1);
        assertEquals("08ASTANA2380", hits("ASTANA 2380").get(0));
        assertTrue(invalidated.contains("08ASTANA2380"));
        assertEquals(0, follower.poll().changes(), "a change is applied once, though re-read within the grace window");
    }

    @Test
    void skipsCablesTheIndexAlreadyHoldsInTheirStoredContent() throws Exception {
        var follower = follower(ChangeFollower.GRACE);
        follower.poll();
        importer.importText(SampleCorpus.read("samples/07TRIPOLI943.wl2010.html"));
        // As the writing replica's local event does: the document carries the stored content's hash.
        replica.upsert(List.of(storedCopy("07TRIPOLI943")));

        var poll = follower.poll();

        assertTrue(poll.changes() >= 1);
        assertEquals(0, poll.reindexed(), "the index held that content already");
        assertTrue(invalidated.contains("07TRIPOLI943"), "the cache is told all the same");
    }

    @Test
    void resumesFromThePositionRecordedWithTheIndexAfterARestart() throws Exception {
        var follower = follower(Duration.ZERO);
        importer.importText(SampleCorpus.read("samples/06ASTANA590.page.txt"));
        follower.poll();
        long position = replica.followedSeq();
        assertTrue(position > 0);
        replica.close();

        replica = LuceneCableIndex.open(dir, 100, 3600);
        var restarted = follower(Duration.ZERO);
        assertEquals(position, replica.followedSeq(), "the position was committed with the documents");
        assertEquals(new ChangeFollower.Poll(0, 0, false), restarted.poll(), "nothing applied twice");

        importer.importText(SampleCorpus.read("samples/08TRIPOLI220.wl2011.html"));
        var poll = restarted.poll();
        assertEquals(1, poll.reindexed());
        assertTrue(hits("chris stevens").contains("08TRIPOLI220"));
    }

    @Test
    void rebuildsAnIndexThatIsBehindThePrunedLogAndNotOneThatIsCurrent() throws Exception {
        importer.importText(SampleCorpus.read("samples/05PARIS7682.wl2010.html"));
        var current = follower(Duration.ZERO);
        current.poll();
        int deleted;
        long maxSeq;
        try (var connection = dataSource.getConnection()) {
            maxSeq = ChangeLog.after(connection, 0, Integer.MAX_VALUE).stream()
                    .mapToLong(ChangeLog.Change::seq).max().orElseThrow();
            deleted = ChangeLog.prune(connection, Instant.now().plusSeconds(60));
            assertEquals(maxSeq, ChangeLog.prunedThrough(connection));
            assertTrue(ChangeLog.after(connection, 0, 10).isEmpty());
            assertEquals(0, ChangeLog.prune(connection, Instant.now().plusSeconds(60)), "pruning twice is harmless");
        }
        assertTrue(deleted >= 1);

        assertFalse(current.poll().rebuilt(), "its position is at the pruned seq: nothing was missed");
        assertEquals(0, rebuilds);

        // A replica that was away: its (empty) index is behind what pruning deleted.
        replica.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        replica = LuceneCableIndex.open(dir, 100, 3600);
        var behind = follower(Duration.ZERO);
        assertTrue(behind.poll().rebuilt());
        assertEquals(1, rebuilds);
        assertEquals(cablesInDatabase(), replica.size());
        assertTrue(hits("05PARIS7682").contains("05PARIS7682"));
        assertFalse(behind.poll().rebuilt(), "the rebuild recorded where the log stands");
    }

    @Test
    void theServiceFindsACableWrittenWithoutItsLocalEventWithinAFewPolls() throws Exception {
        var search = new SearchRequest("Tallinn", null, null, null, null, null, SearchOrder.RELEVANCE, 10, null, false);
        assertTrue(serviceIndex.search(search).hits().isEmpty());
        var page = given().queryParam("q", "Tallinn").get("/api/v1/cables").then().statusCode(200).extract().asString();
        assertFalse(page.contains("07TALLINN375"));

        // Another replica's write: the rows and the change log reach the database, no event reaches this process.
        var otherReplica = new CableBatchWriter(dataSource, new org.cablegate.SilentEvent<>(), new org.cablegate.SilentEvent<>(), true);
        otherReplica.write(List.of(new CablePreparer().prepare(SampleCorpus.read("samples/07TALLINN375.wl2010.html"))));

        String found = null;
        for (int i = 0; i < 100 && found == null; i++) {
            Thread.sleep(100);
            var now = given().queryParam("q", "Tallinn").get("/api/v1/cables").then().statusCode(200).extract().asString();
            found = now.contains("07TALLINN375") ? now : null;
        }
        assertTrue(found != null, "the search, and the page cached before the write, show the cable");
    }

    private IndexedCable storedCopy(String refId) throws Exception {
        try (var connection = dataSource.getConnection()) {
            return CableRows.after(connection, refId.substring(0, refId.length() - 1), 50).stream()
                    .filter(c -> c.refId().equals(refId)).findFirst().orElseThrow();
        }
    }

    private int cablesInDatabase() throws Exception {
        try (var connection = dataSource.getConnection(); var s = connection.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM cable")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
