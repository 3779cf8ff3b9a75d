package dev.beacon.api.notifications;

import dev.beacon.api.notifications.Notification.Kind;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notifications as a person and as a channel adapter receive them. */
public final class NotificationResponses {

    private NotificationResponses() {}

    /**
     * A notification for the person. For a reply: who replied, and what they wrote exactly as written (absent
     * once the reply is no longer visible); a channel escapes it for its own format.
     */
    @Schema(name = "Notification")
    public record NotificationResponse(
            long id,
            Kind kind,
            long itemId,
            long commentId,
            long inReplyToId,
            String author,
            boolean moderator,
            String text,
            Instant createdAt,
            boolean read) {}

    /** The same, with the channel identity to deliver it to. */
    @Schema(name = "ChannelNotification")
    public record ChannelNotificationResponse(
            long id,

            @Schema(description = "The person's identity on the calling channel, e.g. messenger:1234")
            String subject,

            Kind kind,
            long itemId,
            long commentId,
            long inReplyToId,
            String author,
            boolean moderator,
            String text,
            Instant createdAt,
            boolean read) {}

    /** One batch for a polling adapter; send {@code next} back as {@code after}. */
    @Schema(name = "ChannelNotificationFeed")
    public record ChannelNotificationListResponse(List<ChannelNotificationResponse> items, String next) {}

    public record ReadResponse(int marked, long unread) {}
}
