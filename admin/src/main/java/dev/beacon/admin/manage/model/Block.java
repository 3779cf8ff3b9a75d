package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One block of a body, every type in one flat record (the api's {@code type} says which fields count): heading
 * (level, text), paragraph (markdown), image (src, alt, caption, width, height), list (items, ordered), link (url,
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
        Long itemId) {}
