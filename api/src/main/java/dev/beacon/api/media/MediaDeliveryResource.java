package dev.beacon.api.media;

import dev.beacon.api.media.MediaResponses.MediaDeliveryResponse;
import dev.beacon.api.media.RenditionService.Served;
import dev.beacon.api.shared.http.ETags;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public media: an asset's description, its renditions and its file. The file and rendition URLs carry the file's
 * hash, so they are immutable and cached for a year; the by-asset rendition read follows the current file.
 */
@Path("/api/v1/sites/{site}/media/{mediaId}")
@Tag(name = "Delivery")
public class MediaDeliveryResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    MediaDelivery media;

    @Inject
    RenditionService renditions;

    @PathParam("site")
    String site;

    @PathParam("mediaId")
    long mediaId;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One asset: alt text per locale, credit, size, and its rendition URLs")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = MediaDeliveryResponse.class)))
    public Response get() {
        MediaDeliveryResponse body = media.describe(site, mediaId);
        String etag = ETags.of((body.url() + body.alt() + body.credit() + body.title() + body.focalPoint())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (ETags.matches(ifNoneMatch, etag)) {
            return Response.notModified()
                    .tag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                    .build();
        }
        return Response.ok(body)
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .build();
    }

    @GET
    @Path("rendition")
    @Produces({"image/webp", "image/jpeg"})
    @Operation(
            summary = "A rendition of the asset's current file",
            description = "width from 120, 240, 320, 480, 640, 960; format webp or jpeg (without it, Accept decides: "
                    + "WebP when the client takes image/webp); crop none, square or wide (16:9, around the focal point). "
                    + "Content-Location names the immutable URL of the same bytes.")
    @APIResponse(
            responseCode = "200",
            content = {@Content(mediaType = "image/webp"), @Content(mediaType = "image/jpeg")})
    public Response rendition(
            @QueryParam("width") @Parameter(required = true, description = "120, 240, 320, 480, 640 or 960")
                    Integer width,
            @QueryParam("format") @Parameter(description = "webp or jpeg") String format,
            @QueryParam("crop") @Parameter(description = "none (default), square or wide") String crop,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        MediaDelivery.Chosen chosen = media.rendition(site, mediaId, width, format, crop, accept);
        return bytes(chosen.served(), "public, max-age=300")
                .header("Vary", "Accept")
                .header("Content-Location", chosen.url())
                .build();
    }

    @GET
    @Path("{hash}/{name}")
    @Produces({
        "image/webp",
        "image/jpeg",
        "image/png",
        "image/gif",
        "audio/ogg",
        "audio/mpeg",
        "audio/mp4",
        "application/pdf"
    })
    @Operation(
            summary = "The asset's file (original.<ext>) or a rendition (e.g. 320.webp, 640-square.jpg), immutable",
            description = "The hash is the start of the file's SHA-256: a replaced file has new URLs and the old ones "
                    + "answer 404")
    @APIResponse(
            responseCode = "200",
            content = {
                @Content(mediaType = "image/webp"),
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "image/gif"),
                @Content(mediaType = "audio/ogg"),
                @Content(mediaType = "audio/mpeg"),
                @Content(mediaType = "audio/mp4"),
                @Content(mediaType = "application/pdf")
            })
    public Response file(@PathParam("hash") String hash, @PathParam("name") String name) {
        Served served = media.file(site, mediaId, hash, name);
        Response.ResponseBuilder response = bytes(served, IMMUTABLE);
        if (served.mediaType().equals("application/pdf")) {
            response.header("Content-Disposition", "attachment");
        }
        return response.build();
    }

    private Response.ResponseBuilder bytes(Served served, String cacheControl) {
        if (ETags.matches(ifNoneMatch, served.etag())) {
            return Response.notModified().tag(served.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return Response.ok(served.bytes(), served.mediaType())
                .tag(served.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                // never let a browser guess another type from the bytes, nor run anything in them
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
