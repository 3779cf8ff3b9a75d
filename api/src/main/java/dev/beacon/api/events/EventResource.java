package dev.beacon.api.events;

import dev.beacon.api.events.EventResponses.EventListResponse;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.security.SiteRole;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import dev.beacon.api.sites.SiteDirectory;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The event feed of a site, for staff who may read the site and for integrations' service accounts with the
 * {@code events} role: every event in commit-safe order, resumable from a cursor, with long polling.
 */
@Path("/api/v1/manage/sites/{site}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: events and webhooks")
public class EventResource {

    @Inject
    EventFeed feed;

    @Inject
    SiteDirectory sites;

    @Inject
    StaffAccess access;

    @Inject
    SecurityIdentity identity;

    @PathParam("site")
    String site;

    @GET
    @Operation(
            summary =
                    "Events of the site (CloudEvents 1.0) after a cursor, oldest first; waits up to wait seconds for the next when there are none")
    public RestResponse<EventListResponse> list(
            @QueryParam("after")
                    @Parameter(
                            description =
                                    "The next (or an event's beaconcursor) of an earlier answer; absent for the start")
                    String after,
            @QueryParam("type") @Parameter(description = "Only these event types (repeat the parameter for more)")
                    List<String> types,
            @QueryParam("limit")
                    @Min(1)
                    @Max(EventFeed.MAX_LIMIT)
                    @Parameter(description = "At most this many events (default 50)")
                    Integer limit,
            @QueryParam("wait")
                    @Min(0)
                    @Max(EventFeed.MAX_WAIT_SECONDS)
                    @Parameter(
                            description =
                                    "Seconds to wait for an event when there is none yet (long polling; default 0)")
                    Integer wait) {
        if (!identity.hasRole(SiteRole.EVENTS)) {
            access.require(site, Right.READ);
        }
        long siteId = sites.require(site).id();
        Cursor cursor = Cursor.parse("after", after);
        return PrivateResponses.ok(feed.events(
                siteId,
                cursor,
                types == null ? List.of() : types,
                limit == null ? EventFeed.DEFAULT_LIMIT : limit,
                wait == null ? 0 : wait));
    }
}
