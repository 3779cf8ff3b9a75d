package dev.beacon.channel.messenger.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.graph.GraphAnswer;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.graph.GraphRetry;
import dev.beacon.channel.kit.graph.GraphSendConfig;
import dev.beacon.channel.messenger.config.Page;
import java.util.List;
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
    private final GraphRetry retry;
    private final ObjectMapper json;

    public Sender(GraphClient graph, MessagingWindow window, GraphSendConfig settings, ObjectMapper json) {
        this.graph = graph;
        this.window = window;
        this.retry = new GraphRetry(settings);
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
        GraphRetry.Attempted sent =
                retry.call("Page " + page.id(), () -> graph.post("me/messages", page.accessToken(), body));
        GraphAnswer answer = sent.answer();
        if (answer.ok()) {
            return Outcome.SENT;
        }
        if (sent.gaveUp()) {
            return Outcome.GAVE_UP;
        }
        if (answer.personUnavailable()) {
            LOG.infof(
                    "Page %s: the person is not available (blocked the page?), Meta code %d/%d; not retried",
                    page.id(), answer.code(), answer.subcode());
            return Outcome.PERSON_UNAVAILABLE;
        }
        LOG.warnf(
                "Page %s: Meta refused a message: HTTP %d, code %d, subcode %d: %s",
                page.id(), answer.status(), answer.code(), answer.subcode(), answer.message());
        return answer.outsideWindow() ? Outcome.WINDOW_CLOSED : Outcome.REFUSED;
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
}
