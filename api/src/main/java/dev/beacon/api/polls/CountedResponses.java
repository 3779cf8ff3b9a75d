package dev.beacon.api.polls;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Public responses that carry live counts (poll results, reactions): counted on every read, so the ETag is the
 * hash of the bytes and changes exactly when a count does; a short max-age lets CDNs absorb the load.
 */
public final class CountedResponses {

    private CountedResponses() {
    }

    public static Response respond(byte[] body, String ifNoneMatch, Duration maxAge) {
        String etag = hash(body);
        Response.ResponseBuilder builder = matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return builder.tag(new EntityTag(etag)).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds()).build();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
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
}
