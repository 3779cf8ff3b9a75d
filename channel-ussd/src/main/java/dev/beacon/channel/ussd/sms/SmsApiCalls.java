package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.kit.send.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One call to Africa's Talking's SMS API, behind a MicroProfile Fault Tolerance circuit breaker like channel-kit's
 * api façades ({@code BeaconDelivery}…): when at least half of the last 20 calls failed (5xx, 429, no answer), the
 * circuit opens and calls fail at once with {@code CircuitBreakerOpenException} for 10 s, then one trial call decides.
 * The retries with backoff ({@code Retry-After} honoured) are {@link SmsGateway}'s, around this call, so every
 * attempt counts here. Settable as MicroProfile config, e.g.
 * {@code dev.beacon.channel.ussd.sms.SmsApiCalls/post/CircuitBreaker/delay=30}.
 */
@ApplicationScoped
public class SmsApiCalls {

    /** What the SMS API answered: the HTTP status (0: no answer), its body and its {@code Retry-After}. */
    public record Answer(int status, String body, Optional<Duration> retryAfter) {

        /** Worth trying again later: no answer, rate-limited, or a server error. */
        public boolean failed() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    /** A failed call (what the circuit breaker counts), with what was answered. */
    public static final class Failed extends RuntimeException {
        private final transient Answer answer;

        Failed(Answer answer) {
            super("SMS API: HTTP " + answer.status(), null, false, false);
            this.answer = answer;
        }

        public Answer answer() {
            return answer;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Posts the form {@code body}; a failed call throws {@link Failed}, any other answer is returned. */
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            failOn = Failed.class)
    public Answer post(URI endpoint, String apiKey, String body, Duration timeout) {
        Answer answer;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(timeout)
                            .header("apiKey", apiKey)
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            answer = new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").flatMap(Backoff::seconds));
        } catch (IOException e) {
            answer = new Answer(0, e.toString(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(0, "interrupted", Optional.empty());
        }
        if (answer.failed()) {
            throw new Failed(answer);
        }
        return answer;
    }
}
