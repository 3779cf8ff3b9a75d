package dev.beacon.channel.whatsapp.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a person's number appears in logs: never in clear. {@code wa:…42#1f0c9a2e}: the last two digits (to tell
 * people apart at a glance) and 8 hex of an HMAC-SHA256 keyed with the App Secret, the same on every replica (so one
 * person's lines can be followed) and not reversible by trying every number without that secret.
 */
public final class PersonTag {

    private final SecretKeySpec key;

    public PersonTag(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String waId) {
        if (waId == null || waId.isEmpty()) {
            return "wa:?";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(waId.getBytes(StandardCharsets.UTF_8));
            String tail = waId.length() > 2 ? waId.substring(waId.length() - 2) : "";
            return "wa:…" + tail + "#" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
