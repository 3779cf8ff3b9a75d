package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Problem;

/** The API refused the request (4xx) and said why. Never retried: the same request would fail again. */
public class ApiProblemException extends RuntimeException {

    private final transient Problem problem;

    public ApiProblemException(Problem problem) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
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
