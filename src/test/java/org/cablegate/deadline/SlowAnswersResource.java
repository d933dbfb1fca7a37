package org.cablegate.deadline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: an answer that takes as long as asked, standing in for a read waiting on a database that stopped
 * answering. Hidden from the contract (the committed spec is compared with the generated one).
 */
@Path("/test-only/slow")
public class SlowAnswersResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String slow(@QueryParam("ms") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "{\"slept\":" + millis + "}";
    }
}
