package dev.beacon.api.tips;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Public reads of what people wrote (tips, shortlisted stories): a strong ETag over the body, {@code If-None-Match}
 * answered with 304, and a short public {@code max-age} that never outlives the next known change (a competition
 * opening or closing). Not kept in the replica's response cache: helpful counts change far more often than
 * published content, so these are cheap indexed queries revalidated by ETag, and CDNs absorb the read load.
 */
@ApplicationScoped
public class PublicReads {

    @Inject
    ObjectMapper json;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    public Response respond(Object body, String ifNoneMatch, Instant nextChange) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        String etag = hash(bytes);
        long maxAge = config.delivery().maxAge().toSeconds();
        if (nextChange != null) {
            maxAge = Math.max(0, Math.min(maxAge, Duration.between(clock.instant(), nextChange).toSeconds()));
        }
        Response.ResponseBuilder builder = matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE);
        return builder.tag(new EntityTag(etag)).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
