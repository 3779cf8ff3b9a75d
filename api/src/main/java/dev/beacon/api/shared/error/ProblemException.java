package dev.beacon.api.shared.error;

import java.util.List;

/** A domain failure that the API reports as an RFC 9457 problem. Thrown by services, mapped in one place. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which the same request may succeed; sent as {@code Retry-After}. Null when retrying will not help. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String what, Object key) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " '" + key + "' does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** Text that breaks a site rule: the field and the reason, so the author can fix it. */
    public static ProblemException banned(String field, String reason) {
        return new ProblemException(
                ProblemType.BANNED_TEXT, field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException rateLimited(String detail, long retryAfterSeconds) {
        return new ProblemException(ProblemType.RATE_LIMITED, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    /** The server could not start on the request in time (no database connection free): nothing was changed. */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ProblemException notOpen(String detail) {
        return new ProblemException(ProblemType.NOT_OPEN, detail);
    }

    public static ProblemException alreadyDone(String detail) {
        return new ProblemException(ProblemType.ALREADY_DONE, detail);
    }

    public static ProblemException featureOff(String feature) {
        return new ProblemException(ProblemType.FEATURE_OFF, "This site has turned " + feature + " off");
    }

    /** Writing in public (a comment, a tip, a story) needs an alias to show next to it. */
    public static ProblemException aliasRequired(String detail) {
        return new ProblemException(ProblemType.ALIAS_REQUIRED, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException stale(long expected, long actual) {
        return new ProblemException(
                ProblemType.STALE_VERSION,
                "You sent version " + expected + " but the current version is " + actual
                        + ". Reload, reapply your change and send it again.");
    }
}
