package dev.beacon.channel.web.session;

import dev.beacon.channel.web.config.WebConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * HMAC-SHA256 with the configured secret, or a random one per start (the demo) with a warning. Made at start-up, so
 * that warning (or a too-short secret) shows in the first lines of the log.
 */
@Startup
@ApplicationScoped
public class Signer {

    private static final Logger LOG = Logger.getLogger(Signer.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    @Inject
    public Signer(WebConfig config) {
        String secret = config.session().secret().orElse(null);
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warn(
                    "BEACON_WEB_SESSION_SECRET is not set: sessions are signed with a random key made at start-up, so every "
                            + "restart signs everyone out and replicas do not share sessions. Fine for the demo only.");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("beacon.web.session.secret must be at least 32 characters");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    public String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String value, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(value).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
