package dev.beacon.api.content.preview;

import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Short-lived preview tokens: one revision of one translation, readable until the token ends, by whoever holds it
 * (a channel rendering the draft in the admin's iframe has no staff token). Stateless, so any replica with the same
 * {@code beacon.preview.secret} reads it: {@code base64url(p1.site.item.locale.revision.expiry)} and its HMAC-SHA256.
 */
@ApplicationScoped
public class PreviewTokens {

    private static final Logger LOG = Logger.getLogger(PreviewTokens.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** What a token lets its holder read, and until when. */
    public record Grant(long siteId, long itemId, String locale, int revision, Instant expiresAt) {}

    private final SecretKeySpec key;
    private final java.time.Duration ttl;

    @Inject
    PreviewTokens(BeaconConfig config) {
        this(config.preview().secret(), config.preview().ttl());
    }

    PreviewTokens(Optional<String> secret, java.time.Duration ttl) {
        byte[] bytes;
        if (secret.isPresent() && !secret.get().isBlank()) {
            if (secret.get().length() < 32) {
                throw new IllegalStateException("beacon.preview.secret must have at least 32 characters");
            }
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("No BEACON_PREVIEW_SECRET: preview tokens are signed with a random key of this start, so only"
                    + " this replica reads them, and none after a restart");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.ttl = ttl;
    }

    public Grant grant(long siteId, long itemId, String locale, int revision, Instant now) {
        return new Grant(
                siteId, itemId, locale, revision, now.plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public String sign(Grant grant) {
        String payload = "p1." + grant.siteId() + "." + grant.itemId() + "." + grant.locale() + "." + grant.revision()
                + "." + grant.expiresAt().getEpochSecond();
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** The grant of a token signed here and not yet ended at {@code now}; empty for anything else. */
    public Optional<Grant> read(String token, Instant now) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 6 || !parts[0].equals("p1")) {
                return Optional.empty();
            }
            Grant grant = new Grant(
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    parts[3],
                    Integer.parseInt(parts[4]),
                    Instant.ofEpochSecond(Long.parseLong(parts[5])));
            return now.isBefore(grant.expiresAt()) ? Optional.of(grant) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
