package org.cablegate.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description as a whole; the operations describe themselves in their resources. */
@OpenAPIDefinition(
        info = @Info(title = "Cablegate API", version = "1.0.0",
                description = "The US diplomatic cables of the 2010-2011 Cablegate release as citable JSON: cables, "
                        + "numbered paragraphs, derived facts, paragraph permalinks and posts ready to share "
                        + "(tagged #cablegate and the cable's reference ID). Errors are RFC 9457 problem JSON.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Cables", description = "List, search, read and import cables"),
                @Tag(name = "Facets", description = "Tags and origins with counts")
        })
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer <CABLES_API_KEY>; needed for imports only")
public class CablegateApplication extends Application {
}
