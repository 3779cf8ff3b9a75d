package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A comment, or a reply to a visible comment of the same item when {@code parentId} is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentCreateRequest(String text, Long parentId) {}
