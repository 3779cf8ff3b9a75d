package dev.beacon.api.shared.http;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * Optimistic locking for management writes. A client names the version it read, in {@code If-Match}
 * or in the body's {@code version}; a write against any other version is refused with 412.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 with the body and its version as the ETag, which a later write names in {@code If-Match}. */
    public static <T> ResponseBuilder<T> tagged(T body, long version) {
        return ResponseBuilder.ok(body).tag(etag(version));
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return Versions.<T>tagged(body, version).build();
    }

    /** The version the client expects, or null when it sent none (an unconditional write). */
    public static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return bodyVersion;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    ProblemType.STALE_VERSION, "If-Match " + ifMatch + " does not name a version of this resource");
        }
    }

    public static void check(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ProblemException.stale(expected, actual);
        }
    }
}
