package org.cablegate.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's description as a whole; the operations describe themselves in their resources, and
 * {@link ContractFilter} adds what they all share (error answers, public security, required members).
 */
@OpenAPIDefinition(
        info = @Info(title = "Cablegate API", version = "1.0.0",
                description = "The US diplomatic cables of the 2010-2011 Cablegate release as citable JSON: cables, "
                        + "numbered paragraphs, derived facts, paragraph permalinks and posts ready to share "
                        + "(tagged #cablegate and the cable's reference ID). Errors are RFC 9457 problem JSON. "
                        + "Compatibility: `/api/v1` changes only by addition (new operations, new optional "
                        + "parameters, new members in answers).",
                contact = @Contact(name = "Cablegate API", url = "https://github.com/cablegate-api/cablegate-api"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/",
                description = "The service that serves this document (permalinks in answers use its cables.public-base-url)"),
        tags = {
                @Tag(name = "Cables", description = "List, search, read and import cables"),
                @Tag(name = "Versions", description = "A cable as WikiLeaks changed it: its versions and their diffs"),
                @Tag(name = "Facts", description = "Quantities, money, percentages, dates, references and acronyms found in the text"),
                @Tag(name = "Sharing", description = "Posts ready to publish, tagged #cablegate and the reference ID"),
                @Tag(name = "Bots", description = "Picks for bots that post cable excerpts"),
                @Tag(name = "Facets", description = "Tags and origins with the number of cables carrying them"),
                @Tag(name = "Imports", description = "Bulk import of the cables.csv dump as a background job"),
                @Tag(name = "Permalinks", description = "HTML pages and card images behind every permalink")
        })
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer <CABLES_API_KEY>; needed for imports only")
public class CablegateApplication extends Application {
}
