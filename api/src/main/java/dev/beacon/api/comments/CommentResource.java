package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentRequests.CommentCreateRequest;
import dev.beacon.api.comments.CommentRequests.ReportRequest;
import dev.beacon.api.comments.CommentResponses.CommentResponse;
import dev.beacon.api.comments.CommentResponses.ReportResponse;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.http.PrivateResponses;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A person comments and reports, through a channel client naming them in {@code Beacon-Subject}. Never cacheable. */
@Path("/api/v1/sites/{site}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People (channel clients)")
public class CommentResource {

    @Inject
    CommentService comments;

    @Inject
    ChannelActor actor;

    @PathParam("site")
    String site;

    @POST
    @Path("content/{id}/comments")
    @Operation(summary = "Comment on a published item, or reply to a visible comment of it (parentId)")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = CommentResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "not-open (commenting is closed here) or alias-required (choose an alias first)")
    @APIResponse(
            responseCode = "422",
            description = "banned-text: a banned word or pattern, a phone number or an e-mail address")
    @APIResponse(
            responseCode = "429",
            description = "rate-limited: too many in a short time; Retry-After says when to try again")
    public RestResponse<CommentResponse> comment(
            @HeaderParam(ChannelActor.HEADER) String subject,
            @PathParam("id") long id,
            @Valid @NotNull CommentCreateRequest request) {
        var who = actor.subject(subject);
        return PrivateResponses.created(comments.post(site, who, id, request));
    }

    @POST
    @Path("comments/{commentId}/reports")
    @Operation(summary = "Report a comment to the moderators; once per person per comment")
    @APIResponse(
            responseCode = "201",
            description = "Reported",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "409", description = "already-done: the person already reported this comment")
    public RestResponse<ReportResponse> report(
            @HeaderParam(ChannelActor.HEADER) String subject,
            @PathParam("commentId") long commentId,
            @Valid @NotNull ReportRequest request) {
        var who = actor.subject(subject);
        return PrivateResponses.created(comments.report(site, who, commentId, request));
    }
}
