package dev.beacon.api.community;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.http.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Public reads of what people write and count (tips, shortlisted stories, poll results, reactions): a strong ETag
 * over the body, {@code If-None-Match} answered with 304, and a short public {@code max-age}. Not kept in the
 * replica's response cache: counts change far more often than published content, so these are cheap indexed
 * queries revalidated by ETag, and CDNs absorb the read load.
 */
@ApplicationScoped
public class PublicReads {

    @Inject
    ObjectMapper json;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    /** With the delivery {@code max-age}, never outliving {@code nextChange} (a competition opening or closing) if known. */
    public Response respond(Object body, String ifNoneMatch, Instant nextChange) {
        long maxAge = config.delivery().maxAge().toSeconds();
        if (nextChange != null) {
            maxAge = Math.max(
                    0,
                    Math.min(
                            maxAge,
                            Duration.between(clock.instant(), nextChange).toSeconds()));
        }
        return respond(body, ifNoneMatch, maxAge);
    }

    /** Live counts, counted on every read: the ETag changes exactly when a count does. */
    public Response counted(Object body, String ifNoneMatch, Duration maxAge) {
        return respond(body, ifNoneMatch, maxAge.toSeconds());
    }

    private Response respond(Object body, String ifNoneMatch, long maxAgeSeconds) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        String etag = ETags.of(bytes);
        Response.ResponseBuilder builder = ETags.matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE);
        return builder.tag(new EntityTag(etag))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .build();
    }
}
