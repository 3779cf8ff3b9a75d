package dev.beacon.channel.kit.graph;

import dev.beacon.channel.kit.send.Backoff;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One Graph call tried until it is answered for good: retryable failures ({@link GraphAnswer#retryable()}) are tried
 * again after an exponential backoff with jitter, or after Graph's {@code Retry-After}, at most {@code attempts}
 * times; a {@code Retry-After} longer than {@code maxBackoff} gives up at once (the person has moved on).
 */
public final class GraphRetry {

    private static final Logger LOG = Logger.getLogger(GraphRetry.class);

    /** The last answer, how many calls it took, and whether the last one was still retryable (gave up). */
    public record Attempted(GraphAnswer answer, int attempts, boolean gaveUp) {}

    private final Backoff backoff;

    public GraphRetry(GraphSendConfig settings) {
        this.backoff = Backoff.of(settings);
    }

    /** {@code what} names the call in the log (never a token nor a person's number). */
    public Attempted call(String what, Supplier<GraphAnswer> call) {
        for (int attempt = 1; ; attempt++) {
            GraphAnswer answer = call.get();
            if (answer.ok() || !answer.retryable()) {
                return new Attempted(answer, attempt, false);
            }
            Duration wait = backoff.waitAfter(attempt, answer.retryAfter());
            if (backoff.givesUp(attempt, wait)) {
                LOG.warnf(
                        "%s: gave up after %d attempts: HTTP %d, code %d: %s",
                        what, attempt, answer.status(), answer.code(), answer.message());
                return new Attempted(answer, attempt, true);
            }
            LOG.debugf(
                    "%s: HTTP %d (code %d), retrying in %d ms", what, answer.status(), answer.code(), wait.toMillis());
            Backoff.sleep(wait);
        }
    }
}
