package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How many notifications were marked read, and how many are still unread. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationsRead(long marked, long unread) {}
