package dev.beacon.api.content.preview;

import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import jakarta.inject.Inject;
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

/** A draft's revision read with a preview token, shaped as delivery sends published content; never cached. */
@Path("/api/v1/sites/{site}/preview/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery")
public class PreviewDeliveryResource {

    @Inject
    PreviewService previews;

    @GET
    @Operation(
            summary = "Read a draft with a preview token",
            description = "The revision the token was issued for, rendered as publishing would render it, with"
                    + " publishedAt now and no path. An ended, altered or other site's token is 404.")
    public RestResponse<ContentResponse> read(
            @PathParam("site") String site,
            @PathParam("token") String token,
            @QueryParam("channel")
                    @Parameter(
                            description = "whatsapp, messenger, telegram, sms or ussd: adds the revision's messages"
                                    + " for that channel (written in it, else derived from its body)")
                    String channel) {
        ContentResponse item = previews.read(site, token, ChannelVariants.parameter("channel", channel));
        return ResponseBuilder.ok(item)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex")
                .header(HttpHeaders.CONTENT_LANGUAGE, item.locale())
                .build();
    }
}
