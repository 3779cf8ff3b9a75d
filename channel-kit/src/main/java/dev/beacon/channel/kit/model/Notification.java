package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** Something for the person: {@code kind} reply = someone answered their comment {@code inReplyToId} on item {@code itemId}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(
        long id,
        String kind,
        Long itemId,
        Long commentId,
        Long inReplyToId,
        String author,
        boolean moderator,
        String text,
        Instant createdAt,
        boolean read) {}
