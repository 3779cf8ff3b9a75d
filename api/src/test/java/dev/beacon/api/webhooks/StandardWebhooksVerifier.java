package dev.beacon.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check, written from the Standard Webhooks specification and apart from Beacon's signer: strip
 * {@code whsec_}, base64-decode the key, HMAC-SHA256 over {@code msgId.timestamp.payload}, and accept when any
 * space-separated {@code v1,<base64>} of the header matches (in constant time) and the timestamp is within tolerance.
 */
final class StandardWebhooksVerifier {

    private static final long TOLERANCE_SECONDS = 5 * 60;

    private StandardWebhooksVerifier() {}

    static String expected(String secret, String msgId, String timestamp, String payload) throws Exception {
        String base64Key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        String toSign = msgId + "." + timestamp + "." + payload;
        return "v1," + Base64.getEncoder().encodeToString(hmac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    }

    static boolean verify(String secret, String msgId, String timestamp, String signatures, String payload, long now)
            throws Exception {
        if (Math.abs(now - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] wanted = expected(secret, msgId, timestamp, payload).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatures.split(" ")) {
            if (candidate.startsWith("v1,")
                    && MessageDigest.isEqual(wanted, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
