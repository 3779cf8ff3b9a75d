package dev.beacon.channel.kit.model;

/** Web sign-in with alias and PIN. */
public record SignIn(String alias, String pin) {}
