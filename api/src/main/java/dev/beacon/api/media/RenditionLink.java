package dev.beacon.api.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rendition's immutable URL, and the byte budget it was made to fit. */
@Schema(name = "RenditionLink")
public record RenditionLink(
        int width,
        String format,
        String url,
        @Schema(description = "its byte budget") int maxBytes) {}
