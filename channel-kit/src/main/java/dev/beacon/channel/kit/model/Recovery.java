package dev.beacon.channel.kit.model;

/** A forgotten PIN: the alias, the security answer and the new PIN. */
public record Recovery(String alias, String securityAnswer, String newPin) {}
