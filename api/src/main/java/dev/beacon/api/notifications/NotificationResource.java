package dev.beacon.api.notifications;

import dev.beacon.api.notifications.NotificationRequests.ReadRequest;
import dev.beacon.api.notifications.NotificationResponses.ChannelNotificationListResponse;
import dev.beacon.api.notifications.NotificationResponses.NotificationResponse;
import dev.beacon.api.notifications.NotificationResponses.ReadResponse;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Notifications: a person reads theirs and marks them read; a channel adapter (its service account, naming no
 * person) polls for those of the people it can reach, with a cursor, so a stateless adapter can push them.
 */
@Path("/api/v1/sites/{site}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People (channel clients)")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    ChannelActor actor;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @PathParam("site")
    String site;

    @GET
    @Path("me/notifications")
    @Operation(summary = "The person's notifications, newest first")
    public RestResponse<PageResponse<NotificationResponse>> mine(
            @HeaderParam(ChannelActor.HEADER) String subject,
            @QueryParam("unread") boolean unread,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        var who = actor.subject(subject);
        return PrivateResponses.ok(notifications.list(site, who, unread, PageRequest.of(page, size)));
    }

    @POST
    @Path("me/notifications/read")
    @Operation(summary = "Mark the person's notifications up to and including upTo as read")
    public RestResponse<ReadResponse> read(
            @HeaderParam(ChannelActor.HEADER) String subject, @Valid @NotNull ReadRequest request) {
        var who = actor.subject(subject);
        return PrivateResponses.ok(notifications.read(site, who, request.upTo()));
    }

    @GET
    @Path("notifications")
    @Operation(
            summary =
                    "For channel adapters: notifications of the people reachable on the caller's channel, after a cursor")
    public RestResponse<ChannelNotificationListResponse> feed(
            @QueryParam("after")
                    @Parameter(description = "The next cursor of the previous answer; 0 or absent for the start")
                    Long after,
            @QueryParam("limit") @Parameter(description = "At most this many (1–100, default 50)") Integer limit) {
        return PrivateResponses.ok(notifications.feed(site, channel(), after, limit));
    }

    /** The calling adapter's channel: a service account with the channel role, its channel named by the token's azp. */
    private String channel() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String client = token.getClaim("azp");
        if (!identity.hasRole(SiteRole.CHANNEL) || client == null || !client.matches("^[a-z][a-z0-9]{1,19}$")) {
            throw new ForbiddenException();
        }
        return client;
    }
}
