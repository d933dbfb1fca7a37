package org.cablegate.bulk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.cablegate.EmbeddedMariaDbResource;
import org.cablegate.cli.ImportCommandAccess;
import org.cablegate.search.ChangeLogPolling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import command as the command line runs it ({@code cables.search.index-writes=false}): it stores the cables and
 * leaves the search index to the service, which finds them in the change log. The change log is polled by hand here
 * ({@code follow-millis=0}) so that the test sees the cables before and after.
 */
@QuarkusTest
@TestProfile(ImportLeavesSearchToTheServiceTest.CommandLineIndexing.class)
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class ImportLeavesSearchToTheServiceTest {

    public static class CommandLineIndexing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(new BulkImportProfile().getConfigOverrides());
            overrides.put("cables.search.index-writes", "false");
            overrides.put("cables.search.follow-millis", "0");
            return overrides;
        }
    }

    @Inject
    ImportCommandAccess command;

    @Inject
    ChangeLogPolling changeLog;

    @TempDir
    Path dir;

    @Test
    void importedCablesAreReadAtOnceAndFoundOnceTheServiceFollowsTheChangeLog() throws Exception {
        var dump = dir.resolve("dump.csv");
        int rows = SyntheticDump.write(dump, 2, false, "L");
        var refId = "08REYKJAVIK195L1";

        var imported = command.run("import", dump.toString());
        var output = imported.output();
        assertEquals(0, imported.status(), output);
        assertTrue(output.contains(String.format("%,d rows, %,d created", rows, rows)), output);
        assertTrue(output.contains("the service indexes these cables from the change log"), output);

        given().get("/api/v1/cables/" + refId).then().statusCode(200).body("refId", equalTo(refId));
        // The same search before and after: the follower must also drop the page cached while nothing was found.
        given().queryParam("q", "peacekeepers").queryParam("mode", "keyword").get("/api/v1/cables")
                .then().statusCode(200).body("total", equalTo(0));

        var poll = changeLog.pollNow();
        assertEquals(rows, poll.reindexed(), "every imported cable indexed by the follower: " + poll);

        var found = given().queryParam("q", "peacekeepers").queryParam("mode", "keyword").get("/api/v1/cables")
                .then().statusCode(200).extract().jsonPath().getList("items.refId", String.class);
        assertTrue(found.contains(refId), "found after the poll: " + found);
    }
}
