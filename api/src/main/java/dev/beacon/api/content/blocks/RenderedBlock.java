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

    /** A heading of {@code level} (2 when the editor gave none). */
    static RenderedBlock heading(Integer level, String text) {
        return new RenderedBlock(
                "heading", level, text, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** A paragraph or a quote (with its attribution): the editor's Markdown as plain text and as safe HTML. */
    static RenderedBlock markdown(String type, String text, String html, String attribution) {
        return new RenderedBlock(
                type,
                null,
                text,
                html,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                attribution,
                null,
                null,
                null,
                null,
                null);
    }

    /** An image by URL; one of the media library gains its asset, renditions and credit by {@link #fromLibrary}. */
    static RenderedBlock image(String src, String alt, String caption, Integer width, Integer height) {
        return new RenderedBlock(
                "image", null, null, null, src, alt, caption, width, height, null, null, null, null, null, null, null,
                null, null);
    }

    static RenderedBlock list(boolean ordered, List<RenderedItem> items) {
        return new RenderedBlock(
                "list", null, null, null, null, null, null, null, null, ordered, items, null, null, null, null, null,
                null, null);
    }

    static RenderedBlock link(String text, String url) {
        return new RenderedBlock(
                "link", null, text, null, null, null, null, null, null, null, null, url, null, null, null, null, null,
                null);
    }

    /** Another item of the site shown inside this one; {@code kind} is what it is (poll, survey, competition). */
    static RenderedBlock embed(long itemId, String kind) {
        return new RenderedBlock(
                "embed", null, null, null, null, null, null, null, null, null, null, null, null, itemId, kind, null,
                null, null);
    }

    /** This image block, as the media library's asset {@code assetId} with its renditions and credit. */
    RenderedBlock fromLibrary(long assetId, List<Rendition> renditions, String credit) {
        return new RenderedBlock(
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
                assetId,
                renditions,
                credit);
    }

    /** One rendition of a library image. */
    @Schema(name = "ImageRendition")
    public record Rendition(int width, String format, String url, int maxBytes) {}

    /** One list item, in both forms. */
    public record RenderedItem(String text, String html) {}
}
