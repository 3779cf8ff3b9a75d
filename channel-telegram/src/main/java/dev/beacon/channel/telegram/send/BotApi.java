package dev.beacon.channel.telegram.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.beacon.channel.kit.send.Backoff;
import dev.beacon.channel.telegram.config.TelegramConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Calls the Bot API ({@code POST {api}/bot<token>/<method>}, JSON). A 429 waits the {@code parameters.retry_after}
 * Telegram gives, 5xx and transport failures back off ({@link Backoff}); any other refusal ({@code ok:false}) is
 * logged with Telegram's description and not retried. The token never appears in a log.
 */
public class BotApi {

    private static final Logger LOG = Logger.getLogger(BotApi.class);

    /** What Telegram answered: {@code ok}, its {@code result} or {@code description}, the HTTP status. */
    public record Answer(boolean ok, int status, JsonNode result, String description) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration timeout;
    private final Backoff backoff;
    private final ObjectMapper json;

    public BotApi(TelegramConfig config, ObjectMapper json) {
        String token = config.botToken()
                .filter(t -> !t.isBlank())
                .orElseThrow(() -> new IllegalStateException("BEACON_TELEGRAM_BOT_TOKEN is not set"));
        this.base = config.apiUrl().replaceAll("/+$", "") + "/bot" + token + "/";
        this.timeout = config.send().timeout();
        this.backoff = Backoff.of(config.send());
        this.json = json;
    }

    public Answer call(String method, Object body) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = once(method, body);
            if (answer.ok()) {
                return answer;
            }
            boolean retryable = answer.status() == 0 || answer.status() == 429 || answer.status() >= 500;
            if (!retryable) {
                LOG.warnf("Telegram refused %s: %d %s", method, answer.status(), answer.description());
                return answer;
            }
            Optional<Duration> said = answer.status() == 429
                    ? Optional.of(Duration.ofSeconds(
                            answer.result().path("retry_after").asLong(1)))
                    : Optional.empty();
            Duration wait = backoff.waitAfter(attempt, said);
            if (backoff.givesUp(attempt, wait)) {
                LOG.warnf(
                        "Telegram %s: gave up after %d attempts: %d %s",
                        method, attempt, answer.status(), answer.description());
                return answer;
            }
            LOG.debugf("Telegram %s: %d, retrying in %d ms", method, answer.status(), wait.toMillis());
            Backoff.sleep(wait);
        }
    }

    private Answer once(String method, Object body) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + method))
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = response.body().length == 0 ? MissingNode.getInstance() : json.readTree(response.body());
            boolean ok = answer.path("ok").asBoolean(false);
            return new Answer(
                    ok,
                    response.statusCode(),
                    ok ? answer.path("result") : answer.path("parameters"),
                    answer.path("description").asText(""));
        } catch (IOException e) {
            return new Answer(false, 0, MissingNode.getInstance(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, 0, MissingNode.getInstance(), "interrupted");
        }
    }
}
