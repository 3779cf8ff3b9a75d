package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * Something for the person: {@code kind} reply = someone answered their comment {@code inReplyToId} on item
 * {@code itemId}. {@code subject} only in the channel feed: the person's identity on the calling channel
 * ({@code messenger:<psid>}, {@code whatsapp:<wa_id>}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(
        long id,
        String subject,
        String kind,
        Long itemId,
        Long commentId,
        Long inReplyToId,
        String author,
        boolean moderator,
        String text,
        Instant createdAt,
        boolean read) {

    /** The person's id on the platform: the subject without its channel ({@code 1234} of {@code messenger:1234}). */
    public String platformId() {
        return subject == null ? null : subject.substring(subject.indexOf(':') + 1);
    }
}
