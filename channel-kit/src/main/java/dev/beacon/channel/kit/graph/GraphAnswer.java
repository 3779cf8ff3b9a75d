package dev.beacon.channel.kit.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * What the Graph API answered to one call: the HTTP status, Meta's error code and subcode (0 when none), the body,
 * and its {@code Retry-After}. Status 0 means no answer at all (connection refused, timeout). Messenger's Send API
 * and WhatsApp's Cloud API answer in the same shape; the codes below are named where Meta documents them.
 */
public record GraphAnswer(
        int status, int code, int subcode, String message, JsonNode body, Optional<Duration> retryAfter) {

    /** WhatsApp: more than 24 hours since the person last wrote; only a template may go out. */
    public static final int WHATSAPP_REENGAGEMENT = 131047;
    /** WhatsApp: the business number's throughput was exceeded. */
    public static final int WHATSAPP_THROUGHPUT = 130429;
    /** WhatsApp: too many messages to one person in a short time (pair rate limit). */
    public static final int WHATSAPP_PAIR_RATE = 131056;

    public boolean ok() {
        return status == 200;
    }

    /**
     * Worth another try later: no answer, 5xx, 429, Graph's rate-limit codes (4 app, 17 user, 32 page, 613 calls,
     * 80007 WhatsApp account), code 2 (temporary), and WhatsApp's throughput (130429) and pair-rate (131056) limits.
     */
    public boolean retryable() {
        return status == 0
                || status >= 500
                || status == 429
                || code == 4
                || code == 17
                || code == 32
                || code == 613
                || code == 2
                || code == 80007
                || code == WHATSAPP_THROUGHPUT
                || code == WHATSAPP_PAIR_RATE;
    }

    /** Messenger: the person blocked the page or cannot be reached any more: never retried. */
    public boolean personUnavailable() {
        return code == 551 || subcode == 1545041;
    }

    /** Sent outside the 24-hour window (Meta refused it): Messenger's 10/2018278, WhatsApp's 131047. */
    public boolean outsideWindow() {
        return (code == 10 && subcode == 2018278) || code == WHATSAPP_REENGAGEMENT;
    }
}
