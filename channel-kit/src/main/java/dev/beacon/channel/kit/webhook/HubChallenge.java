package dev.beacon.channel.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Meta's webhook verification ({@code GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…}): the challenge
 * is echoed only for the configured verify token.
 */
public final class HubChallenge {

    private HubChallenge() {}

    /** The challenge to answer with, or empty when the request must be refused (403). */
    public static Optional<String> answer(String mode, String token, String challenge, String expectedToken) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || expectedToken == null) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), expectedToken.getBytes(StandardCharsets.UTF_8));
        // The challenge goes back as text/plain; only what Meta sends (digits) is echoed, nothing that could be markup.
        return same && challenge.matches("[A-Za-z0-9_-]{1,128}") ? Optional.of(challenge) : Optional.empty();
    }
}
