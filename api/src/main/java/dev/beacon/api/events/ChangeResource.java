package dev.beacon.api.events;

import dev.beacon.api.events.EventResponses.ChangeListResponse;
import dev.beacon.api.sites.SiteDirectory;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** For delivery consumers (an offline-first app, a CDN): which published items changed since a cursor. */
@Path("/api/v1/sites/{site}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery")
public class ChangeResource {

    @Inject
    EventFeed feed;

    @Inject
    SiteDirectory sites;

    @PathParam("site")
    String site;

    @GET
    @Operation(
            summary =
                    "Published content that changed after a cursor: per item and locale, fetch it again (published) or drop it (removed)")
    public RestResponse<ChangeListResponse> list(
            @QueryParam("since") @Parameter(description = "The next of an earlier answer; absent for the whole history")
                    String since,
            @QueryParam("limit")
                    @Min(1)
                    @Max(EventFeed.MAX_LIMIT)
                    @Parameter(description = "At most this many changes (default 50)")
                    Integer limit) {
        long siteId = sites.require(site).id();
        ChangeListResponse changes =
                feed.changes(siteId, Cursor.parse("since", since), limit == null ? EventFeed.DEFAULT_LIMIT : limit);
        // Always asked again for what follows: a cache would only make a consumer miss changes.
        return ResponseBuilder.ok(changes)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
