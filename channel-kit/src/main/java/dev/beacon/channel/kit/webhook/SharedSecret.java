package dev.beacon.channel.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret a platform sends back as is (Telegram's {@code X-Telegram-Bot-Api-Secret-Token}, a secret segment of a
 * USSD callback's path), compared in constant time so that the answer's timing says nothing about how much of a guess
 * was right.
 */
public final class SharedSecret {

    private final byte[] expected;

    public SharedSecret(String expected) {
        if (expected == null || expected.isBlank()) {
            throw new IllegalArgumentException("a shared secret cannot be empty");
        }
        this.expected = expected.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code given} is the secret; false when it is missing. */
    public boolean matches(String given) {
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
