package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A visible comment: the author's alias as it was when they wrote (or the moderator name), {@code text} exactly as
 * written; a {@code removed} placeholder keeps the place of a hidden comment that has visible replies. A top-level
 * comment carries its whole thread in {@code replies}, oldest first and flat, each naming its {@code parentId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comment(
        long id,
        Long parentId,
        String author,
        boolean moderator,
        boolean removed,
        String text,
        String html,
        Instant createdAt,
        List<Comment> replies) {

    public List<Comment> repliesOrEmpty() {
        return replies == null ? List.of() : replies;
    }
}
