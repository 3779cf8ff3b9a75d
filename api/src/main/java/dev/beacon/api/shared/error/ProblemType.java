package dev.beacon.api.shared.error;

import jakarta.ws.rs.core.Response.Status;

/**
 * The stable problem types of the API. Clients and tests match on {@link #uri()}, never on wording,
 * so a type, once published, is never renamed.
 */
public enum ProblemType {
    NOT_FOUND("not-found", Status.NOT_FOUND, "Resource not found"),
    ROUTE_NOT_FOUND("route-not-found", Status.NOT_FOUND, "No such endpoint"),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED, "Method not allowed"),
    MALFORMED_REQUEST("malformed-request", Status.BAD_REQUEST, "Malformed request body"),
    VALIDATION("validation", Status.BAD_REQUEST, "The request is not valid"),
    CONFLICT("conflict", Status.CONFLICT, "The request conflicts with the current state"),
    STALE_VERSION("stale-version", Status.PRECONDITION_FAILED, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The URI is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE, "Not acceptable"),
    UNAUTHORIZED("unauthorized", Status.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", Status.FORBIDDEN, "Not allowed"),
    SIGN_IN_FAILED("sign-in-failed", Status.UNAUTHORIZED, "Alias or PIN is wrong"),
    LOCKED("locked", 423, "Locked after too many wrong attempts"),
    BANNED_TEXT("banned-text", 422, "The text contains something this site does not allow"),
    RATE_LIMITED("rate-limited", 429, "Too many in a short time; try again later"),
    NOT_OPEN("not-open", Status.CONFLICT, "Not open at this time"),
    ALREADY_DONE("already-done", Status.CONFLICT, "This person has already done this"),
    FEATURE_OFF("feature-off", Status.NOT_FOUND, "This site does not offer this feature"),
    ALIAS_REQUIRED("alias-required", Status.CONFLICT, "Choose an alias first"),
    MEDIA_REFUSED("media-refused", 422, "The file is not one the media library accepts"),
    IN_USE("in-use", Status.CONFLICT, "Still used by content"),
    INTERNAL("internal", Status.INTERNAL_SERVER_ERROR, "Internal error"),
    UNAVAILABLE("unavailable", Status.SERVICE_UNAVAILABLE, "Too busy to answer now; nothing was changed");

    /** Problem type URIs live under this base; they are identifiers, and the page there documents them. */
    public static final String BASE = "https://beacon.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, Status status, String title) {
        this(slug, status.getStatusCode(), title);
    }

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
