package dev.beacon.channel.conversation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks payloads: {@code <body><mac>}, where body is {@code 1} (version), the locale index (base 36), the
 * op's character and comma-separated arguments, and mac is the first {@value #MAC_BYTES} bytes of
 * HMAC-SHA256(key, "beacon-conv|" + site + "|" + identity + "|" + body) in base64url without padding (12 characters).
 * Site and identity are in the MAC but not in the payload: the payload stays short (Telegram's callback_data holds 64
 * bytes) and a payload shown to one person, or on one site, is refused from any other.
 */
public final class PayloadCodec {

    static final char VERSION = '1';
    static final int MAC_BYTES = 9;
    static final int MAC_CHARS = 12;
    /** Telegram's callback_data, the smallest payload room of the platforms. */
    public static final int MAX_BYTES = 64;
    /** A context token's limit. */
    public static final int MAX_CONTEXT_BYTES = 256;

    private final SecretKeySpec key;

    /** {@code key}: at least 32 bytes (256 bits) of secret. */
    public PayloadCodec(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the payload key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A button's payload: at most {@value #MAX_BYTES} bytes. */
    public String sign(String site, String identity, Action action) {
        return sign(site, identity, action, MAX_BYTES);
    }

    /** A context token ({@link Outbound#context()}): never a button, so it may carry more, e.g. a search's words. */
    public String signContext(String site, String identity, Action action) {
        return sign(site, identity, action, MAX_CONTEXT_BYTES);
    }

    private String sign(String site, String identity, Action action, int max) {
        String body = action.body();
        String token = body + mac(site, identity, body);
        if (token.getBytes(StandardCharsets.UTF_8).length > max) {
            throw new IllegalArgumentException("payload longer than " + max + " bytes: " + body);
        }
        return token;
    }

    /** The action of a payload this codec signed for this site and person; {@link PayloadRefused} otherwise. */
    public Action verify(String site, String identity, String token) {
        if (token == null || token.length() <= MAC_CHARS + 2 || token.length() > MAX_CONTEXT_BYTES) {
            throw new PayloadRefused("malformed");
        }
        String body = token.substring(0, token.length() - MAC_CHARS);
        byte[] given = token.substring(body.length()).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(site, identity, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new PayloadRefused("bad signature");
        }
        if (body.charAt(0) != VERSION) {
            throw new PayloadRefused("unknown version");
        }
        int locale = Character.digit(body.charAt(1), 36);
        Op op = Op.of(body.charAt(2));
        if (locale < 0 || op == null) {
            throw new PayloadRefused("unknown operation");
        }
        String rest = body.substring(3);
        List<String> args = rest.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(rest.split(",", -1)));
        try {
            return new Action(locale, op, args);
        } catch (IllegalArgumentException e) {
            throw new PayloadRefused("malformed");
        }
    }

    private String mac(String site, String identity, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full =
                    mac.doFinal(("beacon-conv|" + site + "|" + identity + "|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A payload that was not signed for this site and person by this key, or that this version cannot read. */
    public static final class PayloadRefused extends RuntimeException {
        public PayloadRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
