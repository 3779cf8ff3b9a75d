package dev.beacon.channel.kit.webhook;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What every chat adapter's webhook answers: Meta's verification handshake, and a POST read as raw bytes (at most
 * {@code maxBody}, else 413), its signature checked on exactly those bytes (403 before anything parses them), then
 * handed to the adapter, which answers 200 at once, 400 for a body it does not understand, or 503 with Retry-After
 * when it cannot take the events now (the platform delivers again).
 */
public final class SignedWebhook {

    /** The adapter's part: parse the (signed) body and take its events. */
    public interface Taker {
        Response take(byte[] body);
    }

    private SignedWebhook() {}

    /** {@code GET /webhook}: the challenge as text when mode and token are right, else 403. */
    public static Response verification(String mode, String token, String challenge, Optional<String> expected) {
        return HubChallenge.answer(mode, token, challenge, expected.orElse(null))
                .map(c -> Response.ok(c, MediaType.TEXT_PLAIN_TYPE).build())
                .orElseGet(() -> Problems.of(
                        403,
                        "forbidden",
                        "Verification refused",
                        "hub.mode must be subscribe and hub.verify_token the configured verify token"));
    }

    /** Reads, checks ({@code signed} on the raw bytes; {@code unsigned} says what was expected) and takes a POST. */
    public static Response receive(InputStream in, int maxBody, Predicate<byte[]> signed, String unsigned, Taker taker)
            throws IOException {
        byte[] body;
        try {
            body = RawBody.read(in, maxBody);
        } catch (RawBody.TooLarge e) {
            return Problems.of(413, "too-large", "The request body is too large", e.getMessage());
        }
        if (!signed.test(body)) {
            return Problems.of(403, "bad-signature", "The request is not signed", unsigned);
        }
        return taker.take(body);
    }

    public static Response received() {
        return Response.ok("EVENT_RECEIVED", MediaType.TEXT_PLAIN_TYPE).build();
    }

    /** 503 with Retry-After: the platform delivers again, and events already taken are recognised then. */
    public static Response later(String type, String title) {
        return Response.fromResponse(Problems.of(503, type, title, "Deliver the events again later"))
                .header("Retry-After", "5")
                .build();
    }
}
