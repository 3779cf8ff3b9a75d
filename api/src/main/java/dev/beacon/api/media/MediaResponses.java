package dev.beacon.api.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the media library answers, to staff and to the public. */
public final class MediaResponses {

    private MediaResponses() {}

    @Schema(name = "MediaResponse")
    public record MediaResponse(
            long id,
            MediaKind kind,
            String mediaType,
            String title,
            Map<String, String> alt,
            String credit,
            List<String> tags,
            FocalPoint focalPoint,

            @Schema(description = "1 for the first file; each replacement adds one")
            int fileVersion,

            long byteSize,
            Integer width,
            Integer height,
            String fileName,

            @Schema(description = "The stored file (for images, re-encoded: no metadata), immutable")
            String url,

            @Schema(description = "images: the renditions (the widths and formats served), immutable URLs")
            List<RenditionLink> renditions,

            String createdBy,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "One asset read alone: the items whose bodies show it")
            List<MediaUse> usedBy) {}

    @Schema(name = "MediaListResponse")
    public record MediaListResponse(List<MediaResponse> items, int page, int size, long totalItems, int totalPages) {}

    /** Public: what a channel needs to show an image or play a file. */
    @Schema(name = "MediaDeliveryResponse")
    public record MediaDeliveryResponse(
            long id,
            MediaKind kind,
            String mediaType,
            String title,
            Map<String, String> alt,
            String credit,
            Integer width,
            Integer height,
            FocalPoint focalPoint,
            String url,
            List<RenditionLink> renditions) {}
}
