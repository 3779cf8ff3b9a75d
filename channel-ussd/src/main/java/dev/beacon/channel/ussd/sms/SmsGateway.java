package dev.beacon.channel.ussd.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.send.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Sends one SMS through Africa's Talking's SMS API: {@code POST {api}/version1/messaging}, form-encoded
 * {@code username}, {@code to}, {@code message}, {@code from}, with the API key in the {@code apiKey} header and
 * {@code Accept: application/json}; the answer is {@code 201} with
 * {@code {"SMSMessageData":{"Message":…,"Recipients":[{"number","status","statusCode","cost","messageId"}]}}}.
 * 5xx, 429 and transport failures are retried with {@link Backoff} (Retry-After when given), each attempt through
 * {@link SmsApiCalls}' circuit breaker (open: not sent, {@link Outcome#UNAVAILABLE}, at once); a recipient refused
 * (statusCode other than 100 Processed, 101 Sent, 102 Queued) is logged and not retried.
 */
public class SmsGateway {

    private static final Logger LOG = Logger.getLogger(SmsGateway.class);

    public enum Outcome {
        SENT,
        REFUSED,
        GAVE_UP,
        /** Not tried: the circuit is open after repeated failures ({@link SmsApiCalls}). */
        UNAVAILABLE
    }

    private final SmsApiCalls calls;
    private final URI endpoint;
    private final SmsConfig config;
    private final String apiKey;
    private final Backoff backoff;
    private final ObjectMapper json;

    public SmsGateway(SmsConfig config, ObjectMapper json, SmsApiCalls calls) {
        this.config = config;
        this.calls = calls;
        this.json = json;
        this.endpoint = URI.create(config.apiUrl().replaceAll("/+$", "") + "/version1/messaging");
        this.apiKey = config.apiKey().filter(k -> !k.isBlank()).orElse(null);
        this.backoff = Backoff.of(config.send());
    }

    public boolean configured() {
        return apiKey != null;
    }

    /** Sends {@code message} to {@code phone} (E.164, {@code +} and digits). */
    public Outcome send(String phone, String message) {
        if (apiKey == null) {
            LOG.warn("SMS not sent: BEACON_SMS_API_KEY is not set");
            return Outcome.REFUSED;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", config.username());
        form.put("to", phone);
        form.put("message", message);
        config.from().filter(f -> !f.isBlank()).ifPresent(f -> form.put("from", f));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        for (int attempt = 1; ; attempt++) {
            SmsApiCalls.Answer answer;
            try {
                answer = calls.post(endpoint, apiKey, body, config.send().timeout());
            } catch (SmsApiCalls.Failed failed) {
                answer = failed.answer();
            } catch (CircuitBreakerOpenException open) {
                LOG.warn("SMS not sent: the SMS API failed too often lately (circuit open; tried again shortly)");
                return Outcome.UNAVAILABLE;
            }
            if (answer.status() == 200 || answer.status() == 201) {
                return recipient(answer.body());
            }
            if (!answer.failed()) {
                LOG.warnf("SMS API refused a message: HTTP %d: %s", answer.status(), abbreviated(answer.body()));
                return Outcome.REFUSED;
            }
            Duration wait = backoff.waitAfter(attempt, answer.retryAfter());
            if (backoff.givesUp(attempt, wait)) {
                LOG.warnf(
                        "SMS API: gave up after %d attempts: HTTP %d: %s",
                        attempt, answer.status(), abbreviated(answer.body()));
                return Outcome.GAVE_UP;
            }
            Backoff.sleep(wait);
        }
    }

    private Outcome recipient(String body) {
        try {
            JsonNode recipients = json.readTree(body).path("SMSMessageData").path("Recipients");
            JsonNode first = recipients.path(0);
            int code = first.path("statusCode").asInt(0);
            if (code >= 100 && code <= 102) {
                return Outcome.SENT;
            }
            LOG.warnf(
                    "SMS API did not send to a recipient: %s (%d)",
                    first.path("status").asText("no recipient"), code);
            return Outcome.REFUSED;
        } catch (IOException notJson) {
            LOG.warnf("SMS API answered something else than JSON: %s", abbreviated(body));
            return Outcome.REFUSED;
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
