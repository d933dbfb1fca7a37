package org.cablegate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cablegate.ingest.CableParseException;
import org.cablegate.persistence.CableKey;
import org.cablegate.persistence.CableQueries;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.CableDetail;
import org.cablegate.rest.dto.CablePage;
import org.cablegate.rest.dto.CsvImportReport;
import org.cablegate.rest.dto.ImportProblem;
import org.cablegate.rest.dto.ImportResult;
import org.cablegate.rest.dto.ParagraphView;
import org.cablegate.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/** Cables and their paragraphs: list, search, read, import. */
@Path("/api/v1/cables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cables", description = "List, search, read and import cables")
public class CablesResource {

    private final CableQueries queries;
    private final CableViews views;
    private final JsonResponses json;
    private final CableSearch search;
    private final CableImports imports;
    private final Lookups lookups;

    public CablesResource(CableQueries queries, CableViews views, JsonResponses json, CableSearch search,
                          CableImports imports, Lookups lookups) {
        this.lookups = lookups;
        this.queries = queries;
        this.views = views;
        this.json = json;
        this.search = search;
        this.imports = imports;
    }

    @GET
    @Operation(operationId = "listCables", summary = "List and search cables",
            description = "Without `q`: newest first (by `created`, then `refId`), read from the database. With `q`: a "
                    + "full-text search (Lucene, BM25) over subjects, paragraphs, tags, origins and reference IDs, best "
                    + "match first (`sort=relevance`, the default) or newest first (`sort=date`). Every word of `q` is "
                    + "preferred, not demanded: cables with most of the words come back, below those with all. English "
                    + "stems, case and accents are ignored (`arrests` finds `arrested`); `\"quoted phrases\"` and "
                    + "`+word` are required, `-word` excluded, `a OR b` either; a rare word (a name) also matches "
                    + "spellings a letter or two apart; a reference ID in any form (`08ASTANA2380`, `08 ASTANA 2380`, "
                    + "`ASTANA 2380`, `astana 00002380`) puts its cable first, then the cables that cite it. Search hits "
                    + "carry `score` and their best paragraphs (`matches`: key, permalink, highlighted excerpt); the first "
                    + "page of a search carries `total` and `facets` (origin, tag, classification, year) over all "
                    + "matching cables. The filters apply to both. Keyset pages in either order: pass the `next` cursor "
                    + "of a page to get the one after it. `mode` chooses how `q` matches: `hybrid` (the default) fuses the "
                    + "keyword ranking with the cables whose paragraphs are nearest the query's meaning (sentence "
                    + "embeddings computed in the service, reciprocal rank fusion), so a question or a paraphrase finds "
                    + "its cable while a typed reference ID or required phrase still decides; `keyword` is BM25 alone; "
                    + "`semantic` is the nearest paragraphs alone (hits found by meaning show their nearest paragraphs "
                    + "as `matches`). Until the background indexer has embedded a cable, only its words find it.")
    @APIResponse(responseCode = "200", description = "A page of cables",
            headers = @Header(name = "Link", description = "`<…>; rel=\"next\"` when there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CablePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid (an empty `q`, one of single letters "
            + "or punctuation only, or only `-excluded` words; an unknown `sort` or `mode`; `mode` without `q`; a cursor of another order)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Full-text search: words, \"phrases\", -excluded, a OR b, reference IDs",
                    example = "heroin seizures Kazakhstan")
            @QueryParam("q") String q,
            @Parameter(description = "Origin, exactly as the cables name it", example = "Embassy Astana")
            @QueryParam("origin") String origin,
            @Parameter(description = "Classification, exactly", example = "UNCLASSIFIED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL", "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN"}))
            @QueryParam("classification") String classification,
            @Parameter(description = "Tag the cables must carry, e.g. `SNAR`; repeat for several (all must match)")
            @QueryParam("tag") List<String> tags,
            @Parameter(description = "Created on or after this date (UTC)", example = "2006-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "Created on or before this date (UTC)", example = "2008-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Order: `relevance` (default with `q`) or `date` (newest first; the only order without `q`)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "date"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "The `next` value of the previous page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "How `q` matches: `hybrid` (default: words and meaning fused), `keyword` (words, "
                    + "BM25) or `semantic` (meaning: nearest paragraph vectors); only with `q`",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"hybrid", "keyword", "semantic"}))
            @QueryParam("mode") String mode,
            @Context UriInfo uri, @Context Request request) {
        CablePage body;
        if (q == null && uri.getQueryParameters().containsKey("q")) {
            q = ""; // "?q" or "?q=": an empty search, refused as such rather than read as no search
        }
        if (q != null) {
            body = search.search(q, origin, classification, tags, from, to, sort, limit, cursor, mode);
        } else {
            search.checkPlainListSort(sort);
            search.checkPlainListMode(mode);
            var filter = search.filter(origin, classification, tags, from, to);
            var key = Cursors.parse(cursor);
            var found = queries.page(filter, key == null ? null : new CableKey(key.time(), key.id()), limit + 1);
            var page = found.subList(0, Math.min(limit, found.size()));
            String next = null;
            if (found.size() > limit) {
                var last = page.get(page.size() - 1);
                next = Cursors.of(last.created, last.refId);
            }
            body = new CablePage(page.stream().map(views::summary).toList(), next);
        }
        var response = json.ok(request, body, JsonResponses.LIST_MAX_AGE);
        if (body.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", body.next()).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/{refId}")
    @Operation(operationId = "getCable", summary = "One cable with its header, caption and paragraphs",
            description = "Reference IDs are matched case-insensitively; the answer carries the canonical form.")
    @APIResponse(responseCode = "200", description = "The cable",
            content = @Content(schema = @Schema(implementation = CableDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                        @Context Request request) {
        return json.ok(request, views.detail(lookups.cableRead(refId, org.cablegate.persistence.CableReads.Extra.CITED_BY)),
                JsonResponses.ITEM_MAX_AGE).build();
    }

    @GET
    @Path("/{refId}/paragraphs")
    @Operation(operationId = "listParagraphs", summary = "A cable's paragraphs in document order",
            description = "Every paragraph of the cable, in the order the cable prints them, each with its `n`, normalised text, fingerprint and permalink.")
    @APIResponse(responseCode = "200", description = "The paragraphs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParagraphView.class)))
    @APIResponse(responseCode = "404", description = "No such cable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response paragraphs(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                               @Context Request request) {
        return json.ok(request, views.paragraphs(lookups.cable(refId)), JsonResponses.ITEM_MAX_AGE).build();
    }

    @GET
    @Path("/{refId}/paragraphs/{n}")
    @Operation(operationId = "getParagraph", summary = "One paragraph", description = "`n` is the number the cable prints (`20.` is 20).")
    @APIResponse(responseCode = "200", description = "The paragraph",
            content = @Content(schema = @Schema(implementation = ParagraphView.class)))
    @APIResponse(responseCode = "404", description = "No such cable or paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response paragraph(@Parameter(example = "06ASTANA590") @PathParam("refId") String refId,
                              @Parameter(example = "5") @PathParam("n") String n,
                              @Context Request request) {
        return json.ok(request, views.paragraph(lookups.paragraphRow(refId, n)), JsonResponses.ITEM_MAX_AGE).build();
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, CableImports.TEXT_CSV})
    @RolesAllowed(Roles.WRITER)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importCables", summary = "Import cables",
            description = "`text/plain`: one cable in any format the parser knows (WikiLeaks page HTML or its text, "
                    + "mirror page, plain-text conversion, cable-search JSON, bare cable text). `text/csv`: rows of the "
                    + "2011 `cables.csv` dump, any number, streamed; each row is imported in its own transaction and "
                    + "reported, and a bad row does not stop the rest. Upsert by reference ID: new cables are created, "
                    + "unchanged ones are not rewritten, changed ones keep their permalinks. Body limits: "
                    + "`cables.import.max-cable-bytes` (2 MiB) for text/plain, `cables.import.max-csv-bytes` (256 MiB) "
                    + "for text/csv.")
    // Text, not `format: binary`: a generated client then takes a String and sends it as it is (issue 9).
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "bare cable",
                    value = "UNCLAS ASTANA 000590\nSIPDIS\nE.O. 12958: N/A\nTAGS: SNAR KCRM KZ\nSUBJECT: KAZAKHSTAN: 2006-2007 INCSR REPORT, PART 1\n\n1. In response to reftel instructions, ...")),
            @Content(mediaType = CableImports.TEXT_CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "cables.csv rows",
                    value = "\"1\",\"9/9/2008 17:00\",\"08REYKJAVIK195\",\"Embassy Reykjavik\",\"CONFIDENTIAL\",\"\",\"header…\",\"body…\""))})
    @APIResponse(responseCode = "201", description = "text/plain: the cable was new",
            headers = @Header(name = "Location", description = "The cable's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "text/plain: unchanged or updated (ImportResult); text/csv: the report of a batch of which at least one row was stored (CsvImportReport)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(name = "ImportResultOrReport", oneOf = {ImportResult.class, CsvImportReport.class},
                            discriminatorProperty = "kind", discriminatorMapping = {
                            @DiscriminatorMapping(value = ImportResult.KIND, schema = ImportResult.class),
                            @DiscriminatorMapping(value = CsvImportReport.KIND, schema = CsvImportReport.class)}))})
    @APIResponse(responseCode = "401", description = "No API key sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key, or writes disabled (no key configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the documented limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither text/plain nor text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "text/plain: not a cable (the parser's reason and `line`); "
            + "text/csv: no row could be stored (the report of every row, as in the 200 answer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importCables(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                                 InputStream body) throws CableParseException {
        return imports.handle(contentType, contentLength, body);
    }
}
