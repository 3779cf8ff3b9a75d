package dev.beacon.api.notifications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** What a person sends about their notifications. */
public final class NotificationRequests {

    private NotificationRequests() {}

    public record ReadRequest(@NotNull @PositiveOrZero Long upTo) {}
}
