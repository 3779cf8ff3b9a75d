package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A person on a chat platform, end to end through an adapter: what they do is posted to the adapter's webhook as the
 * platform would send it, and what the bot answers is read from the platform's double. A subclass says how a
 * platform's messages are read (their texts and what they offer) and how a tap is delivered; waiting for the answer
 * and the assertions are here.
 */
public abstract class WebhookPerson {

    /** One thing the bot offered: its label, payload, and the platform's kind of it (quick reply, button, row…). */
    public record Offer(String label, String payload, String kind) {}

    private final PersonQueues queues;
    private int seen;
    private List<JsonNode> last = List.of();

    protected WebhookPerson(PersonQueues queues) {
        this.queues = queues;
    }

    /** Every message the bot sent this person so far, in order. */
    protected abstract List<JsonNode> sent();

    /** The texts a person sees in one message. */
    protected abstract List<String> texts(JsonNode message);

    /** What one message offers to tap. */
    protected abstract List<Offer> offers(JsonNode message);

    /** Posts the webhook of a tap on {@code offer}. */
    protected abstract void deliver(Offer offer);

    /** The person's first contact: Messenger's Get Started, WhatsApp's first words. */
    public abstract Reply starts();

    /** The person types {@code text}. */
    public abstract Reply sends(String text);

    /** Whether a call the double took was addressed to this person. */
    public abstract boolean addressedBy(JsonNode callBody);

    /** Every platform call addressed to this person was accepted: nothing went over the platform's limits. */
    public void assertNothingRefused(dev.beacon.channel.kit.testing.graph.GraphDouble graph) {
        List<Integer> refused = graph.calls().stream()
                .filter(c -> addressedBy(c.body()))
                .map(dev.beacon.channel.kit.testing.graph.GraphDouble.Call::status)
                .filter(status -> status != 200)
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), refused, "calls the platform refused");
    }

    public Reply taps(String label) {
        Offer offer = offered().stream()
                .filter(o -> matches(o.label(), label))
                .findFirst()
                .orElseGet(() -> fail("'" + label + "' is not offered; offered: " + offered()));
        return post(() -> deliver(offer));
    }

    public Reply last() {
        return new Reply(last);
    }

    /** Posts a webhook ({@code webhook} asserts its answer) and waits for the bot's whole answer. */
    protected Reply post(Runnable webhook) {
        webhook.run();
        // handled when the person's queue is empty and what was sent stops changing
        Supplier<List<JsonNode>> messages = this::sent;
        List<JsonNode> all = Eventually.await(messages, l -> l.size() > seen, Duration.ofSeconds(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int size = -1;
        while ((queues.inFlight() > 0 || size != all.size()) && System.nanoTime() < deadline) {
            size = all.size();
            sleep(60);
            all = sent();
        }
        last = all.subList(seen, all.size());
        seen = all.size();
        return new Reply(last);
    }

    protected List<Offer> offered() {
        List<Offer> offers = new ArrayList<>();
        last.forEach(m -> offers.addAll(offers(m)));
        return offers;
    }

    /** A label shortened to fit (ending in … or ...) matches the start of the full one; leading emoji aside. */
    public static boolean matches(String label, String wanted) {
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

    /** The bot's answer to one action: the platform's messages, in order. */
    public final class Reply {
        private final List<JsonNode> messages;

        Reply(List<JsonNode> messages) {
            this.messages = messages;
        }

        public List<JsonNode> messages() {
            return messages;
        }

        /** Every text the person sees. */
        public String text() {
            return messages.stream()
                    .flatMap(m -> texts(m).stream())
                    .filter(t -> t != null && !t.isEmpty())
                    .collect(Collectors.joining("\n"));
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
