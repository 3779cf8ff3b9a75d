package dev.beacon.channel.kit.model;

/** A tip to send: {@code text} ≤ 140 characters, an optional display name (≤ 40) and the locale it is written in. */
public record TipRequest(String text, String displayName, String locale) {}
