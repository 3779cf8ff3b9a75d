package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentRequests.CommentCreateRequest;
import dev.beacon.api.comments.CommentRequests.ReportRequest;
import dev.beacon.api.comments.CommentResponses.CommentResponse;
import dev.beacon.api.comments.CommentResponses.ReportResponse;
import dev.beacon.api.profiles.ChannelActor;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

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

    @HeaderParam(ChannelActor.HEADER)
    @Parameter(required = true, description = "The person the channel acts for, e.g. whatsapp:15550100000")
    String subject;

    @POST
    @Path("content/{id}/comments")
    @Operation(summary = "Comment on a published item, or reply to a visible comment of it (parentId)")
    @APIResponse(responseCode = "201", description = "Published")
    public RestResponse<CommentResponse> comment(
            @PathParam("id") long id, @Valid @NotNull CommentCreateRequest request) {
        var who = actor.subject(subject);
        return created(comments.post(site, who, id, request));
    }

    @POST
    @Path("comments/{commentId}/reports")
    @Operation(summary = "Report a comment to the moderators; once per person per comment")
    @APIResponse(responseCode = "201", description = "Reported")
    public RestResponse<ReportResponse> report(
            @PathParam("commentId") long commentId, @Valid @NotNull ReportRequest request) {
        var who = actor.subject(subject);
        return created(comments.report(site, who, commentId, request));
    }

    private static <T> RestResponse<T> created(T body) {
        return ResponseBuilder.create(RestResponse.Status.CREATED, body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
