package dev.beacon.channel.kit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature the api's webhooks carry: {@code webhook-signature} holds one or more
 * space-separated {@code v1,<base64 HMAC-SHA256>} of {@code <webhook-id>.<webhook-timestamp>.<raw body>}, keyed with
 * the base64 part of a {@code whsec_} secret. A delivery is taken only when one of them matches (constant time) and its
 * timestamp is within the tolerance of now (an old signed delivery replayed is refused). The one verifier of every
 * adapter; {@link #sign} is what the api does, for tests and simulators.
 */
public final class StandardWebhooks {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1,";

    private final byte[] key;
    private final Duration tolerance;

    /** {@code secret}: {@code whsec_} followed by the base64 key, as the api's webhook registration takes it. */
    public StandardWebhooks(String secret, Duration tolerance) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64");
        }
        try {
            this.key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64", e);
        }
        if (key.length < 24) {
            throw new IllegalArgumentException("a webhook secret needs at least 24 bytes of key");
        }
        this.tolerance = tolerance;
    }

    /** Whether the three headers sign exactly {@code body}, at a time within the tolerance of {@code now}. */
    public boolean verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (id == null || id.isBlank() || timestamp == null || signatures == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = mac(id, seconds, body);
        boolean match = false;
        for (String candidate : signatures.trim().split("\\s+")) {
            if (candidate.startsWith(VERSION)) {
                byte[] given = decode(candidate.substring(VERSION.length()));
                // every candidate is compared, so the time taken does not tell which one matched
                match |= given != null && MessageDigest.isEqual(given, expected);
            }
        }
        return match;
    }

    /** The {@code webhook-signature} value for {@code body} sent as {@code id} at {@code seconds}. */
    public String sign(String id, long seconds, byte[] body) {
        return VERSION + Base64.getEncoder().encodeToString(mac(id, seconds, body));
    }

    private byte[] mac(String id, long seconds, byte[] body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update((id + '.' + seconds + '.').getBytes(StandardCharsets.UTF_8));
            return hmac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
