package org.cablegate.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ServerErrorException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.sql.SQLSyntaxErrorException;

/**
 * Test-only endpoint that fails the ways a bug or a broken database would, with a message full of what must never
 * reach a client: SQL, a class name. Hidden from the OpenAPI document.
 */
@Path("/test-only/failures")
public class FailingResource {

    static final String SQL = "SELECT ref_id FROM cable WHERE subject = 'x'";

    @GET
    @Path("/{kind}")
    @Operation(hidden = true)
    public String fail(@PathParam("kind") String kind) throws Exception {
        switch (kind) {
            case "sql" -> throw new IllegalStateException("org.hibernate.exception.SQLGrammarException: " + SQL,
                    new SQLSyntaxErrorException("You have an error in your SQL syntax near '" + SQL + "'"));
            case "checked" -> throw new SQLSyntaxErrorException("Query is: " + SQL);
            case "web" -> throw new ServerErrorException("java.lang.NullPointerException in " + SQL, 502);
            default -> throw new NullPointerException("Cannot invoke \"String.length()\" because \"subject\" is null");
        }
    }
}
