package dev.beacon.api.polls;

import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.polls.PollResponses.PollDefinitionResponse;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.security.ItemManageResource;
import dev.beacon.api.shared.security.SiteRole.Right;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** Editors define a poll item's question options and choices, and export its answers. */
@Path("/api/v1/manage/sites/{site}/polls/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: polls")
public class PollManageResource extends ItemManageResource {

    @Inject
    PollDefinitionService polls;

    @Inject
    PollAnswersCsv csv;

    @GET
    @Operation(summary = "The poll's definition: kind, options and choices")
    public RestResponse<PollDefinitionResponse> get() {
        access.require(site, Right.READ);
        PollDefinitionResponse poll = polls.definition(site, id);
        return Versions.ok(poll, poll.version());
    }

    @PUT
    @Operation(
            summary =
                    "Define or replace the poll of a poll item; choices are matched by key, a choice with votes cannot be removed")
    @APIResponse(
            responseCode = "409",
            description = "The poll has votes: its kind, or choices that have votes, can no longer change")
    @APIResponse(responseCode = "200")
    public RestResponse<PollDefinitionResponse> put(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PollDefinitionRequest request) {
        access.require(site, Right.EDIT);
        PollDefinitionResponse poll = polls.define(site, id, request, Versions.expected(ifMatch, null));
        return Versions.ok(poll, poll.version());
    }

    @GET
    @Path("answers.csv")
    @Produces("text/csv")
    @Operation(summary = "Every answer, one row each, columns named by the editors' short names (RFC 4180)")
    @APIResponse(
            responseCode = "200",
            description = "RFC 4180 CSV, written while it is read",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> answers() {
        access.require(site, Right.EDIT);
        return ResponseBuilder.ok(csv.export(site, id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"poll-" + id + "-answers.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
