package dev.beacon.api.surveys;

import dev.beacon.api.community.Csv;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.security.ItemManageResource;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyRequests.SurveyDefinitionRequest;
import dev.beacon.api.surveys.SurveyResponses.ResultsResponse;
import dev.beacon.api.surveys.SurveyResponses.SurveyDefinitionResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * Staff side of a survey (the content item of type survey with the same id): its definition, its results, and the
 * answers as CSV. Results are counts, for everyone with a role on the site; the CSV holds what people wrote, so
 * only those who make surveys (EDIT) get it.
 */
@Path("/api/v1/manage/sites/{site}/surveys/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: surveys")
public class SurveyManageResource extends ItemManageResource {

    @Inject
    SurveyService surveys;

    @GET
    @Operation(summary = "The survey's definition: questions, skip logic, CSV names, window and submission policy")
    public RestResponse<SurveyDefinitionResponse> get() {
        access.require(site, Right.READ);
        SurveyDefinitionResponse definition = surveys.definition(site, id);
        return Versions.ok(definition, definition.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Define or change the survey",
            description =
                    "Checked as a whole: unique keys, skip logic only forward, targets on this site. Questions and choices that have answers cannot be removed (409).")
    @APIResponse(responseCode = "409", description = "A question being answered right now cannot be removed")
    @APIResponse(responseCode = "200")
    public RestResponse<SurveyDefinitionResponse> define(
            @Valid @NotNull SurveyDefinitionRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.EDIT);
        SurveyDefinitionResponse definition =
                surveys.define(site, id, request, Versions.expected(ifMatch, request.version()));
        return Versions.ok(definition, definition.version());
    }

    @GET
    @Path("results")
    @Operation(summary = "Counts per question over completed submissions, and how many are in progress")
    public ResultsResponse results() {
        access.require(site, Right.READ);
        return surveys.results(site, id);
    }

    @GET
    @Path("submissions.csv")
    @Produces("text/csv")
    @Operation(summary = "Every completed submission as CSV (RFC 4180), one column per question by its short name")
    @APIResponse(
            responseCode = "200",
            description = "RFC 4180 CSV, written while it is read",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> csv() {
        access.require(site, Right.EDIT);
        List<Question> questions = surveys.exportColumns(site, id);
        StreamingOutput body = Csv.paged(
                SurveyCsv.header(questions),
                after -> surveys.completed(id, after, Csv.PAGE),
                SurveyService.CsvRow::id,
                row -> SurveyCsv.row(questions, row));
        return ResponseBuilder.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
