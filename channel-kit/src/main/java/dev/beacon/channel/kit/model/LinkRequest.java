package dev.beacon.channel.kit.model;

/** The 8-digit code shown on the person's other channel. */
public record LinkRequest(String code) {}
