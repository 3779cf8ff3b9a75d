package dev.beacon.channel.kit.model;

/** Mark the person's notifications up to and including {@code upTo} as read. */
public record NotificationsReadRequest(long upTo) {}
