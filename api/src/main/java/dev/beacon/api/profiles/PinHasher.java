package dev.beacon.api.profiles;

import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted hashes for PINs and security answers (PBKDF2-HMAC-SHA256). A 4-digit PIN has only 10,000
 * values, so the lock-out is what protects it; the hash keeps a stolen database from giving them away for free.
 * Stored as {@code pbkdf2-sha256$iterations$salt$hash} so the cost can rise without invalidating old hashes.
 */
@ApplicationScoped
public class PinHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BeaconConfig config;

    public String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        int iterations = config.profiles().pinHashIterations();
        return "pbkdf2-sha256$" + iterations + "$" + b64(salt) + "$" + b64(derive(secret, salt, iterations));
    }

    public boolean matches(String secret, String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(secret, salt, Integer.parseInt(parts[1])));
    }

    /** Answers are compared without case and surrounding space: "Lusaka " and "lusaka" are the same answer. */
    public static String normaliseAnswer(String answer) {
        return answer.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
