package dev.beacon.channel.kit.rest;

/** The API failed on its side (5xx): worth a retry for an idempotent call, and counted by the circuit breaker. */
public class ApiUnavailableException extends RuntimeException {

    private final int status;

    public ApiUnavailableException(int status, String message) {
        super(status + ": " + message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
