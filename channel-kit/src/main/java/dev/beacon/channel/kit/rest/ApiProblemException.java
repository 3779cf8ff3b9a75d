package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Problem;

/** The API refused the request (4xx) and said why. Never retried: the same request would fail again. */
public class ApiProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ApiProblemException(Problem problem) {
        this(problem, null);
    }

    /** {@code retryAfterSeconds}: the API's {@code Retry-After} (e.g. {@code rate-limited}), null when it sent none. */
    public ApiProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** The last segment of the problem type, e.g. {@code validation}. */
    public String kind() {
        return problem.kind();
    }
}
