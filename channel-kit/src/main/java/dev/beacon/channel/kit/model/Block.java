package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A published block in the API's one flat shape: {@code type} is heading, paragraph, image, list, link, quote or
 * embed; {@code text} is plain, {@code html} is the API's safe rendering of the editor's Markdown; an embed names
 * another item of the site ({@code itemId}) and its {@code kind} (poll, survey, competition). An image of the site's
 * media library also has its {@code assetId}, {@code credit} and {@code renditions} (immutable URLs, per width and
 * format, each within a byte budget); its {@code src} is the 640 px JPEG.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Block(
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
        List<Item> items,
        String url,
        String attribution,
        Long itemId,
        String kind,
        Long assetId,
        List<Rendition> renditions,
        String credit) {

    /** One rendition of a library image: its width, format (webp, jpeg), the api path of its bytes, its budget. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rendition(int width, String format, String url, int maxBytes) {}

    /** One list item, plain and as HTML. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String text, String html) {}
}
