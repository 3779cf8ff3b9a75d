package dev.beacon.api.shared.cache;

/** CDI event fired with every NOTIFY, so the replica that made the change sees it as soon as it commits. */
public record SiteChanged(String payload) {}
