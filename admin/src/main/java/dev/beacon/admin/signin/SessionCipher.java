package dev.beacon.admin.signin;

import dev.beacon.admin.config.AdminConfig;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Seals what a cookie carries with AES-256-GCM, so that it can be neither read nor altered by the browser: the
 * session lives in the cookie, not in this process, and survives a restart and any number of replicas that share
 * {@code beacon.admin.session.secret}.
 */
@Singleton
public class SessionCipher {

    private static final Logger LOG = Logger.getLogger(SessionCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SessionCipher(AdminConfig config) {
        this.key = new SecretKeySpec(keyBytes(config.session().secret()), "AES");
    }

    static byte[] keyBytes(Optional<String> secret) {
        if (secret.isPresent()) {
            if (secret.get().length() < 32) {
                throw new IllegalStateException(
                        "beacon.admin.session.secret (BEACON_ADMIN_SESSION_SECRET) must have at least 32 characters");
            }
            return sha256(secret.get().getBytes(StandardCharsets.UTF_8));
        }
        LOG.warn("BEACON_ADMIN_SESSION_SECRET is not set: sessions are sealed with a random key made at start-up, "
                + "so they end when this process does and another replica cannot read them.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** {@code text} sealed as URL-safe base64 (a cookie value). */
    public String seal(String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@link #seal} sealed with this key; empty when the value was altered, sealed with another key or is not ours. */
    public Optional<String> open(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return Optional.of(
                    new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
