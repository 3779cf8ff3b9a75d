package dev.beacon.channel.messenger.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.messenger.config.MessengerConfig;
import dev.beacon.channel.messenger.config.Page;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends Send API messages to one person, in order (the caller is that person's queue): 5xx, rate limits and
 * transport failures are retried with backoff (Graph's Retry-After when it gives one); other refusals are logged with
 * Meta's code and not retried; a person who blocked the page stops the turn. Nothing goes out once the 24-hour
 * window is closed: every message is a {@code RESPONSE}, never a tagged or promotional one.
 */
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class);

    public enum Outcome {
        SENT,
        /** Meta refused it for good (a 4xx other than a rate limit): logged, not retried. */
        REFUSED,
        /** The person blocked the page or is gone. */
        PERSON_UNAVAILABLE,
        /** More than 24 hours since the person last wrote: not sent. */
        WINDOW_CLOSED,
        /** Still failing after every attempt. */
        GAVE_UP
    }

    private final GraphClient graph;
    private final MessagingWindow window;
    private final MessengerConfig.Send settings;
    private final ObjectMapper json;

    public Sender(GraphClient graph, MessagingWindow window, MessengerConfig.Send settings, ObjectMapper json) {
        this.graph = graph;
        this.window = window;
        this.settings = settings;
        this.json = json;
    }

    /** Sends {@code messages} one after another; stops at the first that does not go out. */
    public Outcome sendAll(Page page, String psid, List<ObjectNode> messages) {
        for (ObjectNode message : messages) {
            Outcome outcome = send(page, psid, message);
            if (outcome != Outcome.SENT) {
                return outcome;
            }
        }
        return Outcome.SENT;
    }

    public Outcome send(Page page, String psid, ObjectNode message) {
        if (!window.isOpen("messenger:" + psid)) {
            LOG.infof("Not sent on page %s: the person's 24-hour messaging window is closed", page.id());
            return Outcome.WINDOW_CLOSED;
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("id", psid);
        body.put("messaging_type", "RESPONSE");
        body.set("message", message);
        for (int attempt = 1; ; attempt++) {
            GraphAnswer answer = graph.post("me/messages", page.accessToken(), body);
            if (answer.ok()) {
                return Outcome.SENT;
            }
            if (answer.personUnavailable()) {
                LOG.infof(
                        "Page %s: the person is not available (blocked the page?), Meta code %d/%d; not retried",
                        page.id(), answer.code(), answer.subcode());
                return Outcome.PERSON_UNAVAILABLE;
            }
            if (!answer.retryable()) {
                LOG.warnf(
                        "Page %s: Meta refused a message: HTTP %d, code %d, subcode %d: %s",
                        page.id(), answer.status(), answer.code(), answer.subcode(), answer.message());
                return answer.outsideWindow() ? Outcome.WINDOW_CLOSED : Outcome.REFUSED;
            }
            int tried = attempt;
            Duration wait = answer.retryAfter().orElseGet(() -> backoff(tried));
            if (attempt >= settings.attempts() || wait.compareTo(settings.maxBackoff()) > 0) {
                LOG.warnf(
                        "Page %s: gave up on a message after %d attempts: HTTP %d, code %d: %s",
                        page.id(), attempt, answer.status(), answer.code(), answer.message());
                return Outcome.GAVE_UP;
            }
            LOG.debugf(
                    "Page %s: HTTP %d (code %d), retrying in %d ms",
                    page.id(), answer.status(), answer.code(), wait.toMillis());
            sleep(wait);
        }
    }

    /** {@code typing_on} or {@code mark_seen}: a courtesy, sent once, its failure only logged. */
    public void action(Page page, String psid, String action) {
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("id", psid);
        body.put("sender_action", action);
        GraphAnswer answer = graph.post("me/messages", page.accessToken(), body);
        if (!answer.ok()) {
            LOG.debugf("Page %s: %s not taken: HTTP %d, code %d", page.id(), action, answer.status(), answer.code());
        }
    }

    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        // half to full of the step: replicas that failed together do not retry together
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
