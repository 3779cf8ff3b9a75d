package dev.beacon.channel.messenger.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * What the Graph API answered to one call: the HTTP status, Meta's error code and subcode (0 when none), the body,
 * and its {@code Retry-After}. Status 0 means no answer at all (connection refused, timeout).
 */
public record GraphAnswer(
        int status, int code, int subcode, String message, JsonNode body, Optional<Duration> retryAfter) {

    public boolean ok() {
        return status == 200;
    }

    /** 5xx, 429, Graph's rate-limit codes (4 app, 17 user, 32 page, 613 calls), code 2 (temporary) or no answer. */
    public boolean retryable() {
        return status == 0
                || status >= 500
                || status == 429
                || code == 4
                || code == 17
                || code == 32
                || code == 613
                || code == 2;
    }

    /** The person blocked the page or cannot be reached any more: never retried. */
    public boolean personUnavailable() {
        return code == 551 || subcode == 1545041;
    }

    /** Sent outside the 24-hour window (Meta refused it). */
    public boolean outsideWindow() {
        return code == 10 && subcode == 2018278;
    }
}
