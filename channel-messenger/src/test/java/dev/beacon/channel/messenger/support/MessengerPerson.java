package dev.beacon.channel.messenger.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person on Messenger, end to end: what they do is posted to the adapter's {@code /webhook} as Meta's signed
 * webhook, and what the bot answers is read from the Graph API double (the Send API calls Meta accepted). Taps
 * follow what the last answer offered: a quick reply is tapped as a quick reply, a button or carousel card as a
 * postback, with the payload the bot sent.
 */
public final class MessengerPerson {

    /** One thing the bot offered: its label, payload, and whether it is a quick reply or a postback button. */
    public record Offer(String label, String payload, boolean quickReply) {}

    private final GraphDouble graph;
    private final PersonQueues queues;
    private final String page;
    private final String psid = Meta.newPsid();
    private int seen;
    private List<JsonNode> last = List.of();

    public MessengerPerson(GraphDouble graph, PersonQueues queues, String page) {
        this.graph = graph;
        this.queues = queues;
        this.page = page;
    }

    public String psid() {
        return psid;
    }

    public Reply getStarted() {
        return post(Meta.postback(page, psid, "Get Started", "GET_STARTED"));
    }

    public Reply sends(String text) {
        return post(Meta.text(page, psid, Meta.mid(), text));
    }

    public Reply sendsAPhoto() {
        return post(Meta.attachment(page, psid, Meta.mid()));
    }

    public Reply menu(String payload) {
        return post(Meta.postback(page, psid, payload, payload));
    }

    public Reply opensLink(String ref) {
        return post(Meta.referral(page, psid, ref));
    }

    public Reply taps(String label) {
        Offer offer = offered().stream()
                .filter(o -> matches(o.label(), label))
                .findFirst()
                .orElseGet(() -> fail("'" + label + "' is not offered; offered: " + offered()));
        return post(
                offer.quickReply()
                        ? Meta.quickReply(page, psid, Meta.mid(), offer.label(), offer.payload())
                        : Meta.postback(page, psid, offer.label(), offer.payload()));
    }

    public Reply last() {
        return new Reply(last);
    }

    private Reply post(String messaging) {
        Meta.post(Meta.webhook(Meta.entry(page, messaging))).statusCode(200);
        // handled when the person's queue is empty and what was sent stops changing
        List<JsonNode> all = Eventually.await(this::messages, l -> l.size() > seen, Duration.ofSeconds(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int size = -1;
        while ((queues.inFlight() > 0 || size != all.size()) && System.nanoTime() < deadline) {
            size = all.size();
            sleep(60);
            all = messages();
        }
        last = all.subList(seen, all.size());
        seen = all.size();
        return new Reply(last);
    }

    private List<JsonNode> messages() {
        return graph.sentTo(psid).stream()
                .filter(b -> b.has("message"))
                .map(b -> b.path("message"))
                .toList();
    }

    List<Offer> offered() {
        List<Offer> offers = new ArrayList<>();
        for (JsonNode m : last) {
            m.path("quick_replies")
                    .forEach(q -> offers.add(new Offer(
                            q.path("title").asText(), q.path("payload").asText(), true)));
            JsonNode payload = m.path("attachment").path("payload");
            payload.path("buttons")
                    .forEach(b -> offers.add(new Offer(
                            b.path("title").asText(), b.path("payload").asText(), false)));
            payload.path("elements")
                    .forEach(e -> e.path("buttons")
                            .forEach(b -> offers.add(new Offer(
                                    e.path("title").asText(), b.path("payload").asText(), false))));
        }
        return offers;
    }

    /** A label shortened to fit (ending in … or ...) matches the start of the full one; leading emoji aside. */
    static boolean matches(String label, String wanted) {
        // a leading emoji ("👍 Helpful") is decoration
        String shown = label.replaceAll("^[^\\p{L}\\p{N}]+", "");
        if (shown.equalsIgnoreCase(wanted)) {
            return true;
        }
        String stem = shown.replaceAll("(…|\\.\\.\\.)$", "").strip();
        return !stem.equals(shown) && wanted.toLowerCase().startsWith(stem.toLowerCase());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bot's answer to one action: the Send API messages, in order. */
    public final class Reply {
        private final List<JsonNode> messages;

        Reply(List<JsonNode> messages) {
            this.messages = messages;
        }

        public List<JsonNode> messages() {
            return messages;
        }

        /** Every text the person sees: texts, template texts, card titles and subtitles. */
        public String text() {
            List<String> texts = new ArrayList<>();
            for (JsonNode m : messages) {
                texts.add(m.path("text").asText(""));
                JsonNode payload = m.path("attachment").path("payload");
                texts.add(payload.path("text").asText(""));
                payload.path("elements").forEach(e -> {
                    texts.add(e.path("title").asText(""));
                    texts.add(e.path("subtitle").asText(""));
                });
            }
            return texts.stream().filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        }

        public Reply says(String fragment) {
            assertTrue(text().contains(fragment), "expected '" + fragment + "' in:\n" + text());
            return this;
        }

        public Reply doesNotSay(String fragment) {
            assertFalse(text().contains(fragment), "did not expect '" + fragment + "' in:\n" + text());
            return this;
        }

        public Reply offers(String label) {
            assertTrue(
                    offered().stream().anyMatch(o -> matches(o.label(), label)),
                    "expected '" + label + "' among " + offered());
            return this;
        }

        public Reply doesNotOffer(String label) {
            assertFalse(
                    offered().stream().anyMatch(o -> matches(o.label(), label)),
                    "did not expect '" + label + "' among " + offered());
            return this;
        }
    }
}
