package dev.beacon.channel.kit.send;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a chat adapter retries a platform call that may succeed later (5xx, a rate limit, a transport failure):
 * {@code attempts} in all, waiting {@code first}, then twice as long each time (half to full of the step, at random,
 * so replicas that failed together do not retry together), or as long as the platform said (Retry-After,
 * {@code retry_after}); a wait longer than {@code max} gives up, as the person has moved on by then.
 */
public record Backoff(int attempts, Duration first, Duration max) {

    public Backoff {
        if (attempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("attempts >= 1 and first <= max");
        }
    }

    /** From an adapter's send settings ({@code attempts}, {@code backoff}, {@code max-backoff}). */
    public static Backoff of(GraphSendConfig settings) {
        return new Backoff(settings.attempts(), settings.backoff(), settings.maxBackoff());
    }

    /** The wait before attempt {@code attempt + 1}: the platform's, else the jittered exponential step. */
    public Duration waitAfter(int attempt, Optional<Duration> platformSays) {
        return platformSays.orElseGet(() -> {
            long base = first.toMillis() << Math.min(attempt - 1, 10);
            long capped = Math.min(base, max.toMillis());
            return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
        });
    }

    /** Whether to stop after {@code attempt} failed attempts, when the next would wait {@code wait}. */
    public boolean givesUp(int attempt, Duration wait) {
        return attempt >= attempts || wait.compareTo(max) > 0;
    }

    /** Sleeps {@code wait}; an interrupt is kept and ends the wait. */
    public static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A {@code Retry-After} header in seconds (an HTTP date or nonsense: none). */
    public static Optional<Duration> seconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
