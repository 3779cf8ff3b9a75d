package dev.beacon.api.shared.error;

import java.util.List;

/** A domain failure that the API reports as an RFC 9457 problem. Thrown by services, mapped in one place. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
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
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException stale(long expected, long actual) {
        return new ProblemException(ProblemType.STALE_VERSION,
                "You sent version " + expected + " but the current version is " + actual
                        + ". Reload, reapply your change and send it again.");
    }
}
