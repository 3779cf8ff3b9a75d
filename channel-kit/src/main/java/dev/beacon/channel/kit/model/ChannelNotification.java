package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A notification as a channel adapter reads it to deliver it: {@link Notification} with {@code subject}, the
 * person's identity on the calling channel ({@code messenger:<psid>}, {@code whatsapp:<wa_id>}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelNotification(
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
        boolean read) {}
