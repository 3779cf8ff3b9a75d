package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One block of a body, every type in one flat record (the api's {@code type} says which fields count): heading
 * (level, text), paragraph (markdown), image (src or assetId, alt, caption, width, height), list (items, ordered), link (url,
 * text), quote (markdown, attribution), embed (itemId).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(
        String type,
        Integer level,
        String text,
        String markdown,
        String src,
        String alt,
        String caption,
        Integer width,
        Integer height,
        List<String> items,
        Boolean ordered,
        String url,
        String attribution,
        Long itemId,
        Long assetId) {

    /** A block of {@code type} with none of its fields: what a forged form's unknown type is sent as (the api names it). */
    public static Block of(String type) {
        return new Block(type, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Block heading(Integer level, String text) {
        return new Block(
                "heading", level, text, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Block paragraph(String markdown) {
        return new Block(
                "paragraph", null, null, markdown, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Block list(List<String> items, boolean ordered) {
        return new Block(
                "list", null, null, null, null, null, null, null, null, items, ordered, null, null, null, null);
    }

    public static Block link(String url, String text) {
        return new Block("link", null, text, null, null, null, null, null, null, null, null, url, null, null, null);
    }

    public static Block quote(String markdown, String attribution) {
        return new Block(
                "quote", null, null, markdown, null, null, null, null, null, null, null, null, attribution, null, null);
    }

    public static Block image(String src, String alt, String caption) {
        return image(src, alt, caption, null, null, null);
    }

    /** An image by URL ({@code src}) or from the site's media library ({@code assetId}); the api takes exactly one. */
    public static Block image(String src, String alt, String caption, Integer width, Integer height, Long assetId) {
        return new Block(
                "image", null, null, null, src, alt, caption, width, height, null, null, null, null, null, assetId);
    }

    public static Block embed(Long itemId) {
        return new Block("embed", null, null, null, null, null, null, null, null, null, null, null, null, itemId, null);
    }
}
