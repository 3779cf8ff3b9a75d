package dev.beacon.api.content.blocks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A block as delivered: one flat shape for every type, so a channel reads {@code text} (chat, SMS, USSD)
 * or {@code html} (web) without knowing every block type. Fields that do not apply are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RenderedBlock", description = "A published block, rendered for every channel")
public record RenderedBlock(
        @Schema(enumeration = {"heading", "paragraph", "image", "list", "link", "quote", "embed"})
        String type,

        Integer level,
        String text,
        String html,
        String src,
        String alt,
        String caption,
        Integer width,
        Integer height,
        Boolean ordered,
        List<RenderedItem> items,
        String url,
        String attribution,
        @Schema(description = "embed: the embedded item") Long itemId,

        @Schema(
                description = "embed: what the embedded item is",
                enumeration = {"poll", "survey", "competition"})
        String kind,

        @Schema(description = "image from the media library: its id")
        Long assetId,

        @Schema(
                description =
                        "image from the media library: every rendition (width, format, immutable URL, byte budget)")
        List<Rendition> renditions,

        @Schema(description = "image from the media library: its credit")
        String credit) {

    public RenderedBlock(
            String type,
            Integer level,
            String text,
            String html,
            String src,
            String alt,
            String caption,
            Integer width,
            Integer height,
            Boolean ordered,
            List<RenderedItem> items,
            String url,
            String attribution,
            Long itemId,
            String kind) {
        this(
                type,
                level,
                text,
                html,
                src,
                alt,
                caption,
                width,
                height,
                ordered,
                items,
                url,
                attribution,
                itemId,
                kind,
                null,
                null,
                null);
    }

    /** One rendition of a library image. */
    @Schema(name = "ImageRendition")
    public record Rendition(int width, String format, String url, int maxBytes) {}

    /** One list item, in both forms. */
    public record RenderedItem(String text, String html) {}
}
