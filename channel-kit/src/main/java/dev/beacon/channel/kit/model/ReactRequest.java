package dev.beacon.channel.kit.model;

/** The key of the chosen reaction. */
public record ReactRequest(String choice) {}
