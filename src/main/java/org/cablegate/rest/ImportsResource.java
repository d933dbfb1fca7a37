package org.cablegate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cablegate.bulk.ImportJobs;
import org.cablegate.config.CablesConfig;
import org.cablegate.persistence.ImportJobRecord;
import org.cablegate.problem.Problem;
import org.cablegate.rest.dto.CsvImportReport;
import org.cablegate.rest.dto.ImportJob;
import org.cablegate.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Bulk imports as jobs: the whole dump in one request, imported in the background, progress by polling. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk import of the cables.csv dump as a background job")
public class ImportsResource {

    private final ImportJobs jobs;
    private final CablesConfig config;

    public ImportsResource(ImportJobs jobs, CablesConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    @POST
    @Consumes({CableImports.TEXT_CSV, "application/gzip"})
    @RolesAllowed(Roles.WRITER)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "createImportJob", summary = "Start a bulk import of the cables.csv dump",
            description = "The body is the dump, any size, plain or gzip-compressed (`Content-Encoding: gzip` or a "
                    + "gzip body are both read). It is kept on disk, then imported in the background: every core "
                    + "parses, batches are written in transactions, rows already stored are skipped as unchanged. "
                    + "Poll the job's URL for progress and the report. A job cut short by a restart resumes at start.")
    @RequestBody(required = true, content = @Content(mediaType = CableImports.TEXT_CSV))
    @APIResponse(responseCode = "202", description = "The job was queued",
            headers = @Header(name = "Location", description = "The job's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "401", description = "No API key sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key, or writes disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not text/csv or gzip, or no Content-Type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportJob> start(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                         InputStream body) {
        if (contentType == null || contentType.isBlank()) {
            // JAX-RS lets a body without a Content-Type through @Consumes; a job must not start on one.
            throw new NotSupportedException();
        }
        try {
            var job = view(jobs.submit(body));
            return RestResponse.ResponseBuilder.accepted(job).location(URI.create(job.self())).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be kept on disk", e);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.WRITER)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "getImportJob", summary = "An import job's progress and report",
            description = "State (`running`, `done`, `failed`), rows and bytes done, counts, the first rejected rows with their numbers and reasons, start and end. Needs the API key.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "401", description = "No API key sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key, or writes disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJob get(@PathParam("id") String id) {
        return jobs.find(id).map(this::view).orElseThrow(() -> ApiProblem.notFound("No import job " + id));
    }

    private ImportJob view(ImportJobRecord j) {
        var rejections = j.rejections().stream()
                .map(r -> new CsvImportReport.Row(r.row(), r.line(), r.refId(), "rejected", r.reason()))
                .toList();
        return new ImportJob(j.id(), j.state(), j.source(), j.rowsDone(), j.bytesDone(), j.bytesTotal(), j.created(),
                j.unchanged(), j.updated(), j.rejected(), rejections, j.startedAt(), j.finishedAt(), j.error(),
                config.baseUrl() + "/api/v1/imports/" + j.id());
    }
}
