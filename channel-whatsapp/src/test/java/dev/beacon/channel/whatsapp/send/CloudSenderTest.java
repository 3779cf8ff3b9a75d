package dev.beacon.channel.whatsapp.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MemoryChatStore;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.graph.GraphRetry;
import dev.beacon.channel.kit.testing.graph.FastRetries;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import dev.beacon.channel.whatsapp.send.CloudSender.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries and refusals on the wire, against the Graph API double's Cloud API. */
class CloudSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphDouble graph = GraphDouble.start();
    private final MessagingWindow window =
            new MessagingWindow(new MemoryChatStore(1000, Clock.systemUTC()), Duration.ofHours(24), Clock.systemUTC());
    private final PhoneNumber number = new PhoneNumber("2001", "demo", "wa-token");
    private final CloudSender sender = sender();

    private CloudSender sender() {
        CloudSender s = new CloudSender();
        s.graph = new GraphClient(graph.url(), "v23.0", Duration.ofSeconds(5), JSON);
        s.window = window;
        s.retry = new GraphRetry(FastRetries.SETTINGS);
        s.json = JSON;
        s.tags = new PersonTag("secret");
        return s;
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private static ObjectNode text(String body) {
        ObjectNode m = JSON.createObjectNode().put("type", "text");
        m.putObject("text").put("body", body);
        return m;
    }

    private String wrote(Instant at) {
        String waId = Long.toString(15550000000L + System.nanoTime() % 1_000_000_000L);
        window.personWrote("whatsapp:" + waId, at);
        return waId;
    }

    private long sendCalls() {
        return graph.calls().stream()
                .filter(c -> c.path().endsWith("/2001/messages"))
                .count();
    }

    @Test
    void retriesThroughputAndPairRateLimitsAndServerErrorsUntilTheMessageGoesOut() {
        String waId = wrote(Instant.now());
        graph.failNextWhatsApp(1, 130429).failNextWhatsApp(1, 131056).failNext(1, 503, null);
        CloudSender.Sent sent = sender.send(number, waId, text("hi"));
        assertEquals(Outcome.SENT, sent.outcome());
        assertTrue(sent.wamid().startsWith("wamid."), sent.wamid());
        assertEquals(4, sendCalls());
        assertEquals(1, graph.whatsappSentTo(waId).size());
        List<GraphDouble.Call> refused =
                graph.calls().stream().filter(c -> c.status() != 200).toList();
        assertEquals(
                List.of(400, 400, 503),
                refused.stream().map(GraphDouble.Call::status).toList());
    }

    @Test
    void givesUpAfterItsAttempts() {
        String waId = wrote(Instant.now());
        graph.failNextWhatsApp(4, 131056);
        assertEquals(Outcome.GAVE_UP, sender.send(number, waId, text("hi")).outcome());
        assertEquals(4, sendCalls());
        assertEquals(0, graph.whatsappSentTo(waId).size());
    }

    @Test
    void anInvalidMessageIsRefusedOnceAndNotRetried() {
        String waId = wrote(Instant.now());
        assertEquals(
                Outcome.REFUSED,
                sender.send(number, waId, text("x".repeat(4097))).outcome());
        assertEquals(1, sendCalls());
        assertEquals(400, graph.calls().get(0).status());
    }

    @Test
    void nothingFreeFormGoesOutsideThe24HourWindow() {
        String never = Long.toString(15559990000L + System.nanoTime() % 1000);
        assertEquals(
                Outcome.WINDOW_CLOSED, sender.send(number, never, text("hi")).outcome());
        String longAgo = wrote(Instant.now().minus(Duration.ofHours(25)));
        assertEquals(
                Outcome.WINDOW_CLOSED, sender.send(number, longAgo, text("hi")).outcome());
        assertEquals(0, sendCalls());
    }

    @Test
    void messagesGoOutInOrderWithTheNumbersTokenAndTheReadReceiptNamesTheMessage() {
        String waId = wrote(Instant.now());
        assertEquals(Outcome.SENT, sender.sendAll(number, waId, List.of(text("one"), text("two"), text("three"))));
        List<JsonNode> sent = graph.whatsappSentTo(waId);
        assertEquals(
                List.of("one", "two", "three"),
                sent.stream().map(b -> b.path("text").path("body").asText()).toList());
        for (JsonNode b : sent) {
            assertEquals("whatsapp", b.path("messaging_product").asText());
            assertEquals("individual", b.path("recipient_type").asText());
        }
        assertTrue(graph.calls().stream().allMatch(c -> c.accessToken().equals("wa-token")));
        sender.markRead(number, "wamid.theirs");
        assertEquals(1, graph.readReceipts("wamid.theirs"));
        assertFalse(graph.calls().stream().anyMatch(c -> c.status() != 200));
    }
}
