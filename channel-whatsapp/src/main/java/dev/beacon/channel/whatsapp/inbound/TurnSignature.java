package dev.beacon.channel.whatsapp.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A BSP's webhook signature as Turn.io sends it: {@code X-Turn-Hook-Signature} = base64 of the HMAC-SHA256 of the
 * raw body keyed with the hook secret. Checked on the exact bytes received, in constant time.
 */
public final class TurnSignature {

    public static final String HEADER = "X-Turn-Hook-Signature";

    private final SecretKeySpec key;

    public TurnSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a hook secret is required to check BSP signatures");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(byte[] body) {
        return Base64.getEncoder().encodeToString(mac(body));
    }

    public boolean verify(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(claimed, mac(body));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
