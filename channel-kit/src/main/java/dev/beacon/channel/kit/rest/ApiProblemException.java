package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Problem;

/** The API refused the request (4xx) and said why. Never retried: the same request would fail again. */
public class ApiProblemException extends RuntimeException {

    private final transient Problem problem;
    private final String retryAfter;

    public ApiProblemException(Problem problem) {
        this(problem, null);
    }

    /** {@code retryAfter}: the API's {@code Retry-After} header (seconds), sent with {@code 429 rate-limited}. */
    public ApiProblemException(Problem problem, String retryAfter) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The API's {@code Retry-After}, or null. */
    public String retryAfter() {
        return retryAfter;
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
