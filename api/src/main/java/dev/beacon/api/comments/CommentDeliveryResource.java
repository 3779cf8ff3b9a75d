package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentResponses.CommentListResponse;
import dev.beacon.api.shared.cache.PublishedState.Epoch;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.cache.ResponseCache.Delivered;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public list of an item's comments: cacheable like all delivery, with an ETag that changes when a comment is
 * added, hidden or removed, and a max-age that never outlives a timed commenting window. Nothing personal in it.
 */
@Path("/api/v1/sites/{site}/content/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery")
public class CommentDeliveryResource {

    @Inject
    SiteDirectory sites;

    @Inject
    CommentDelivery delivery;

    @Inject
    ResponseCache cache;

    @Inject
    Clock clock;

    @PathParam("site")
    String site;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    @GET
    @Operation(
            summary =
                    "Visible comments of a published item: top-level ones newest first, each with its thread oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentListResponse.class)))
    public Response list(
            @PathParam("id") long id,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        SiteView view = sites.require(site);
        PageRequest request = PageRequest.of(page, size);
        Instant now = clock.instant();
        CommentDelivery.Snapshot snapshot = delivery.snapshot(view.id(), id, now);
        // The thread version covers every change to the comments; the commenting state is worked out on every read.
        long generation =
                snapshot.version() * 0x9E3779B97F4A7C15L + snapshot.commenting().hashCode();
        Instant change = snapshot.commenting().nextChange();
        Instant validUntil = change != null ? change : now.plus(Duration.ofDays(1));
        return cache.respond(
                "comments|" + site + "|" + id + "|" + request.page() + "|" + request.size(),
                new Epoch(generation, validUntil),
                ifNoneMatch,
                () -> Delivered.of(delivery.page(id, snapshot.commenting(), request)));
    }
}
