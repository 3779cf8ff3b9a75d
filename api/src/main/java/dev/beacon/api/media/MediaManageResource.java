package dev.beacon.api.media;

import dev.beacon.api.media.MediaRequests.MediaMetadataRequest;
import dev.beacon.api.media.MediaResponses.MediaListResponse;
import dev.beacon.api.media.MediaResponses.MediaResponse;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.PrivateResponses;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The media library, for staff: everyone with a role on the site may look (READ); editors upload, describe,
 * replace and delete (EDIT). Files come as multipart/form-data: the file in {@code file}, what is said about it
 * as JSON in {@code metadata}.
 */
@Path("/api/v1/manage/sites/{site}/media")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media (staff)")
public class MediaManageResource {

    @Inject
    MediaService media;

    @Inject
    StaffAccess access;

    @PathParam("site")
    String site;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a file",
            description = "JPEG, PNG, WebP or GIF images, Ogg (Opus, Vorbis), MP3 or M4A audio, PDF documents; the "
                    + "type is read from the bytes. Images are re-encoded: no EXIF, GPS or other metadata is kept.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "422", description = "media-refused: a type, size or file the library does not accept")
    public RestResponse<MediaResponse> upload(
            @RestForm("file")
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")
                    FileUpload file,
            @RestForm("metadata") @PartType(MediaType.APPLICATION_JSON) @Valid @NotNull MediaMetadataRequest metadata) {
        access.require(site, Right.EDIT);
        return PrivateResponses.created(media.upload(site, bytes(file), file.fileName(), metadata, access.name()));
    }

    @GET
    @Operation(summary = "The site's media, newest first; q searches titles, credits, file names and tags")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MediaListResponse.class)))
    public PageResponse<MediaResponse> list(
            @QueryParam("q") String q,
            @QueryParam("tag") String tag,
            @QueryParam("kind") @Parameter(description = "image, audio or document") String kind,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.require(site, Right.READ);
        return media.list(site, q, tag, kind, PageRequest.of(page, size));
    }

    @GET
    @Path("{mediaId}")
    @Operation(summary = "One asset, with the items that show it")
    public MediaResponse get(@PathParam("mediaId") long mediaId) {
        access.require(site, Right.READ);
        return media.get(site, mediaId);
    }

    @PUT
    @Path("{mediaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what is said about an asset (title, alt text, credit, tags, focal point)")
    public MediaResponse update(@PathParam("mediaId") long mediaId, @Valid @NotNull MediaMetadataRequest metadata) {
        access.require(site, Right.EDIT);
        return media.update(site, mediaId, metadata);
    }

    @PUT
    @Path("{mediaId}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Replace the file",
            description =
                    "A new version of the same kind: items keep pointing at the asset and get new rendition URLs; "
                            + "the old file's URLs stop answering")
    @APIResponse(responseCode = "422", description = "media-refused: a type, size or file the library does not accept")
    @APIResponse(responseCode = "200")
    public MediaResponse replace(
            @PathParam("mediaId") long mediaId,
            @RestForm("file")
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")
                    FileUpload file) {
        access.require(site, Right.EDIT);
        return media.replace(site, mediaId, bytes(file), file.fileName());
    }

    @DELETE
    @Path("{mediaId}")
    @Operation(summary = "Delete an asset that nothing uses")
    @APIResponse(responseCode = "204", description = "Deleted, with its renditions")
    @APIResponse(responseCode = "409", description = "in-use: items still show it; errors[] names them")
    public RestResponse<Void> delete(@PathParam("mediaId") long mediaId) {
        access.require(site, Right.EDIT);
        media.delete(site, mediaId);
        return RestResponse.noContent();
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "must be a file part");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
