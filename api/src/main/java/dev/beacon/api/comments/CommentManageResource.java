package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentRequests.CommentingRequest;
import dev.beacon.api.comments.CommentRequests.ModeratorReplyRequest;
import dev.beacon.api.comments.CommentResponses.CommentingResponse;
import dev.beacon.api.comments.CommentResponses.ModeratedCommentResponse;
import dev.beacon.api.comments.CommentResponses.ModerationEntryResponse;
import dev.beacon.api.comments.ModerationService.Queue;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * Staff side of comments: editors decide where commenting is open (EDIT; anyone with a role reads it), moderators
 * work the queue (MODERATE). The right is checked before anything is looked up.
 */
@Path("/api/v1/manage/sites/{site}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: comments")
public class CommentManageResource {

    @Inject
    StaffAccess access;

    @Inject
    CommentingService commenting;

    @Inject
    ModerationService moderation;

    private static final String STALE = "Send If-Match with the version you saw to be refused with 412 when another"
            + " moderator (or reports) changed the comment since.";

    @PathParam("site")
    String site;

    @GET
    @Path("content/{id}/commenting")
    @Operation(summary = "A section's or article's own commenting setting and the state that applies to it")
    public CommentingResponse commenting(@PathParam("id") long id) {
        access.require(site, Right.READ);
        return commenting.get(site, id);
    }

    @PUT
    @Path("content/{id}/commenting")
    @Operation(
            summary =
                    "Open, close, disable or time commenting for a section (and what it holds) or an article; inherit to remove")
    public CommentingResponse setCommenting(@PathParam("id") long id, @Valid @NotNull CommentingRequest request) {
        access.require(site, Right.EDIT);
        return commenting.set(site, id, request, access.name());
    }

    @GET
    @Path("comments")
    @Operation(
            summary =
                    "The moderation queue: comments by state, or reported ones (most reported first), with their reports")
    public PageResponse<ModeratedCommentResponse> queue(
            @QueryParam("state") @Parameter(description = "visible, hidden, deleted or reported (default)")
                    String state,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.require(site, Right.MODERATE);
        return moderation.list(site, queue(state), PageRequest.of(page, size));
    }

    @GET
    @Path("comments/{commentId}")
    @Operation(summary = "One comment as the queue shows it, with its reports; the ETag is its version")
    @APIResponse(responseCode = "200")
    public RestResponse<ModeratedCommentResponse> comment(@PathParam("commentId") long commentId) {
        access.require(site, Right.MODERATE);
        return tagged(moderation.get(site, commentId));
    }

    @GET
    @Path("comments/{commentId}/history")
    @Operation(
            summary =
                    "Who did what to the comment and when (approved, hidden, deleted, replied, hidden-by-reports), oldest first")
    public List<ModerationEntryResponse> history(@PathParam("commentId") long commentId) {
        access.require(site, Right.MODERATE);
        return moderation.history(site, commentId);
    }

    @POST
    @Path("comments/{commentId}/approve")
    @Operation(summary = "Show the comment again; reports no longer hide it", description = STALE)
    @APIResponse(responseCode = "409", description = "The comment was removed with its author")
    @APIResponse(responseCode = "200")
    public RestResponse<ModeratedCommentResponse> approve(
            @PathParam("commentId") long commentId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.MODERATE);
        return tagged(moderation.approve(site, commentId, access.name(), Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("comments/{commentId}/hide")
    @Operation(summary = "Take the comment out of delivery until a moderator approves it", description = STALE)
    @APIResponse(responseCode = "409", description = "The comment was removed with its author")
    @APIResponse(responseCode = "200")
    public RestResponse<ModeratedCommentResponse> hide(
            @PathParam("commentId") long commentId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.MODERATE);
        return tagged(moderation.hide(site, commentId, access.name(), Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("comments/{commentId}/delete")
    @Operation(
            summary = "Delete the comment from delivery; its text stays visible to moderators only",
            description = STALE)
    @APIResponse(responseCode = "409", description = "The comment was removed with its author")
    @APIResponse(responseCode = "200")
    public RestResponse<ModeratedCommentResponse> delete(
            @PathParam("commentId") long commentId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.MODERATE);
        return tagged(moderation.delete(site, commentId, access.name(), Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("comments/{commentId}/replies")
    @Operation(summary = "Reply under the site's moderator name, with your own text or a canned response")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = ModeratedCommentResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The comment was removed with its author; there is nothing to reply to")
    public RestResponse<ModeratedCommentResponse> reply(
            @PathParam("commentId") long commentId, @Valid @NotNull ModeratorReplyRequest request) {
        access.require(site, Right.MODERATE);
        return ResponseBuilder.create(
                        RestResponse.Status.CREATED, moderation.reply(site, commentId, request, access.name()))
                .build();
    }

    private static RestResponse<ModeratedCommentResponse> tagged(ModeratedCommentResponse comment) {
        return Versions.ok(comment, comment.version());
    }

    private static Queue queue(String state) {
        if (state == null || state.isBlank()) {
            return Queue.reported;
        }
        try {
            return Queue.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be one of visible, hidden, deleted, reported");
        }
    }
}
