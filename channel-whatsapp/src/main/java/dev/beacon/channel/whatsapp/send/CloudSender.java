package dev.beacon.channel.whatsapp.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.graph.GraphAnswer;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.graph.GraphRetry;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.config.WhatsAppConfig;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Sends Cloud API messages ({@code POST /{version}/{phone number id}/messages}) to one person, in order (the caller
 * is that person's queue): 5xx, the throughput (130429) and pair-rate (131056) limits and transport failures are
 * retried with backoff; other refusals are logged with WhatsApp's code and not retried. A free-form message is never
 * tried outside the person's 24-hour customer-service window: WhatsApp would refuse it (131047).
 */
@ApplicationScoped
public class CloudSender {

    private static final Logger LOG = Logger.getLogger(CloudSender.class);

    public enum Outcome {
        SENT,
        /** WhatsApp refused it for good (a 4xx other than a rate limit): logged, not retried. */
        REFUSED,
        /** More than 24 hours since the person last wrote: a free-form message is not sent. */
        WINDOW_CLOSED,
        /** Still failing after every attempt. */
        GAVE_UP
    }

    /** What became of one message, and its {@code wamid} when it went out. */
    public record Sent(Outcome outcome, String wamid) {}

    @Inject
    GraphClient graph;

    @Inject
    MessagingWindow window;

    @Inject
    WhatsAppConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    PersonTag tags;

    GraphRetry retry;

    GraphRetry retry() {
        if (retry == null) {
            retry = new GraphRetry(config.send());
        }
        return retry;
    }

    /** Sends {@code messages} one after another; stops at the first that does not go out. */
    public Outcome sendAll(PhoneNumber number, String waId, List<ObjectNode> messages) {
        return sendAll(number, waId, messages, wamid -> {});
    }

    /** The same, and hands the wamid of the last message to {@code lastSent} when all went out. */
    public Outcome sendAll(PhoneNumber number, String waId, List<ObjectNode> messages, Consumer<String> lastSent) {
        Sent sent = null;
        for (ObjectNode message : messages) {
            sent = send(number, waId, message);
            if (sent.outcome() != Outcome.SENT) {
                return sent.outcome();
            }
        }
        if (sent != null && sent.wamid() != null) {
            lastSent.accept(sent.wamid());
        }
        return Outcome.SENT;
    }

    /**
     * One of the site's approved templates ({@link Templates#message}): WhatsApp takes these outside the window too.
     * The caller has made sure the person did not opt out.
     */
    public Sent sendTemplate(PhoneNumber number, String waId, ObjectNode template) {
        return post(number, waId, template);
    }

    /** A free-form message, inside the 24-hour window only. */
    public Sent send(PhoneNumber number, String waId, ObjectNode message) {
        if (!window.isOpen("whatsapp:" + waId)) {
            LOG.infof(
                    "Number %s: not sent to %s: the 24-hour customer-service window is closed",
                    number.id(), tags.of(waId));
            return new Sent(Outcome.WINDOW_CLOSED, null);
        }
        return post(number, waId, message);
    }

    Sent post(PhoneNumber number, String waId, ObjectNode message) {
        ObjectNode body = json.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("to", waId);
        body.setAll(message);
        GraphRetry.Attempted sent = retry().call(
                        "Number " + number.id(),
                        () -> graph.post(number.id() + "/messages", number.accessToken(), body));
        GraphAnswer answer = sent.answer();
        if (answer.ok()) {
            return new Sent(
                    Outcome.SENT,
                    answer.body().path("messages").path(0).path("id").asText(null));
        }
        if (sent.gaveUp()) {
            return new Sent(Outcome.GAVE_UP, null);
        }
        LOG.warnf(
                "Number %s: WhatsApp refused a %s message to %s: HTTP %d, code %d: %s",
                number.id(),
                message.path("type").asText("?"),
                tags.of(waId),
                answer.status(),
                answer.code(),
                answer.message());
        return new Sent(answer.outsideWindow() ? Outcome.WINDOW_CLOSED : Outcome.REFUSED, null);
    }

    /** Marks the person's message as read (blue ticks): a courtesy, sent once, its failure only logged. */
    public void markRead(PhoneNumber number, String wamid) {
        ObjectNode body = json.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("status", "read")
                .put("message_id", wamid);
        GraphAnswer answer = graph.post(number.id() + "/messages", number.accessToken(), body);
        if (!answer.ok()) {
            LOG.debugf(
                    "Number %s: read receipt not taken: HTTP %d, code %d", number.id(), answer.status(), answer.code());
        }
    }
}
