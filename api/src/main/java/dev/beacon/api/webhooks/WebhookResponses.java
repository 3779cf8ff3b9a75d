package dev.beacon.api.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhooks and their delivery log as site admins see them. */
public final class WebhookResponses {

    private WebhookResponses() {}

    @Schema(name = "Webhook")
    public record WebhookResponse(
            long id,
            String url,
            List<String> eventTypes,
            boolean enabled,

            @Schema(description = "Why it was disabled, e.g. after a long run of failed attempts")
            String disabledReason,

            Instant disabledAt,

            @Schema(description = "Only in the answer to the registration: keep it, it is not shown again")
            String secret,

            Instant createdAt,
            Instant updatedAt,
            long version) {}

    @Schema(name = "WebhookList")
    public record WebhookListResponse(List<WebhookResponse> items) {}

    @Schema(name = "WebhookAttempt")
    public record AttemptResponse(
            int attempt,
            Instant startedAt,

            @Schema(description = "sending, succeeded, failed, or interrupted (the sender stopped mid-attempt)")
            String outcome,

            Integer responseCode,
            Integer latencyMs,
            String error) {}

    @Schema(name = "WebhookDelivery")
    public record DeliveryResponse(
            long id,

            @Schema(description = "The event's id, sent as webhook-id")
            String eventId,

            String eventType,

            @Schema(description = "pending, delivered or failed (every attempt of the schedule failed)")
            String status,

            int attempts,
            Instant nextAttemptAt,
            Instant createdAt,
            Instant finishedAt,
            List<AttemptResponse> log) {}
}
