package dev.beacon.channel.kit.model;

/** A 4-digit PIN and one security question (by key) with its answer ({@code PUT /me/pin}). */
public record PinSetting(String pin, String securityQuestion, String securityAnswer) {}
