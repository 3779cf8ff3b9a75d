package dev.beacon.api.sites;

import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.cache.ResponseCache.Delivered;
import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public site information for front-ends: names, locales and fallback chains, skin, features. */
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery")
public class SiteResource {

    @Inject
    SiteDirectory directory;

    @Inject
    PublishedState state;

    @Inject
    ResponseCache cache;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "List the sites")
    @APIResponse(
            responseCode = "200",
            description = "Every site (there are few, so this list is not paged)",
            content = @Content(schema = @Schema(implementation = SiteListResponse.class)))
    public Response list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cache.respond(
                "sites",
                epoch(),
                ifNoneMatch,
                () -> Delivered.of(new SiteListResponse(directory.all().stream()
                        .map(SiteDirectory.SiteView::response)
                        .toList())));
    }

    @GET
    @Path("{site}")
    @Operation(summary = "Get a site's public information")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SitePublicResponse.class)))
    public Response get(@PathParam("site") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SiteDirectory.SiteView site = directory.require(slug);
        return cache.respond("site:" + slug, epoch(), ifNoneMatch, () -> Delivered.of(site.response()));
    }

    private PublishedState.Epoch epoch() {
        return new PublishedState.Epoch(
                state.sitesGeneration(), clock.instant().plus(config.delivery().maxAge()));
    }

    @Schema(name = "SiteListResponse")
    public record SiteListResponse(java.util.List<SitePublicResponse> items) {}
}
