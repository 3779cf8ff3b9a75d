package dev.beacon.channel.messenger.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MemoryChatStore;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.testing.graph.FastRetries;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.send.Sender.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries and refusals on the wire, against the Graph API double. */
class SenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphDouble graph = GraphDouble.start();
    private final MessagingWindow window =
            new MessagingWindow(new MemoryChatStore(1000, Clock.systemUTC()), Duration.ofHours(24), Clock.systemUTC());
    private final Page page = new Page("1001", "demo", "page-token");
    private final Sender sender = new Sender(
            new GraphClient(graph.url(), "v23.0", Duration.ofSeconds(5), JSON), window, FastRetries.SETTINGS, JSON);

    @AfterEach
    void stop() {
        graph.close();
    }

    private ObjectNode text(String text) {
        return JSON.createObjectNode().put("text", text);
    }

    private String wrote() {
        String psid = Long.toString(System.nanoTime());
        window.personWrote("messenger:" + psid, Instant.now());
        return psid;
    }

    private long sendCalls() {
        return graph.calls().stream()
                .filter(c -> c.path().endsWith("/me/messages"))
                .count();
    }

    @Test
    void retriesServerErrorsWithBackoffUntilTheMessageGoesOut() {
        String psid = wrote();
        graph.failNext(2, 503, null);
        assertEquals(Outcome.SENT, sender.send(page, psid, text("hi")));
        assertEquals(3, sendCalls());
        assertEquals(1, graph.sentTo(psid).size());
    }

    @Test
    void waitsAsLongAsGraphsRetryAfterSaysOnARateLimit() {
        String psid = wrote();
        graph.failNext(1, 429, "1");
        long start = System.nanoTime();
        assertEquals(Outcome.SENT, sender.send(page, psid, text("hi")));
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited the second Graph asked for");
        assertEquals(2, sendCalls());
    }

    @Test
    void givesUpAfterItsAttemptsOrWhenGraphAsksToWaitTooLong() {
        String psid = wrote();
        graph.failNext(4, 500, null);
        assertEquals(Outcome.GAVE_UP, sender.send(page, psid, text("hi")));
        assertEquals(4, sendCalls());
        graph.failNext(1, 429, "3600");
        assertEquals(Outcome.GAVE_UP, sender.send(page, psid, text("hi")));
        assertEquals(5, sendCalls());
    }

    @Test
    void doesNotRetryAMessageMetaRefused() {
        String psid = wrote();
        assertEquals(Outcome.REFUSED, sender.send(page, psid, text("x".repeat(2001))));
        assertEquals(1, sendCalls());
        assertEquals(0, graph.sentTo(psid).size());
    }

    @Test
    void stopsAtAPersonWhoBlockedThePageWithoutRetrying() {
        String psid = wrote();
        graph.blocks(psid);
        assertEquals(Outcome.PERSON_UNAVAILABLE, sender.sendAll(page, psid, List.of(text("one"), text("two"))));
        assertEquals(1, sendCalls());
    }

    @Test
    void sendsNothingOutsideThe24HourWindow() {
        String never = Long.toString(System.nanoTime());
        assertEquals(Outcome.WINDOW_CLOSED, sender.send(page, never, text("news!")));
        String longAgo = Long.toString(System.nanoTime());
        window.personWrote("messenger:" + longAgo, Instant.now().minus(Duration.ofHours(25)));
        assertEquals(Outcome.WINDOW_CLOSED, sender.send(page, longAgo, text("news!")));
        assertEquals(0, sendCalls());
    }

    @Test
    void sendsAPersonsMessagesInOrderAsResponses() {
        String psid = wrote();
        assertEquals(Outcome.SENT, sender.sendAll(page, psid, List.of(text("one"), text("two"), text("three"))));
        List<String> texts = graph.sentTo(psid).stream()
                .map(b -> b.path("message").path("text").asText())
                .toList();
        assertEquals(List.of("one", "two", "three"), texts);
        assertTrue(graph.sentTo(psid).stream()
                .allMatch(b -> b.path("messaging_type").asText().equals("RESPONSE")));
        assertEquals("page-token", graph.calls().get(0).accessToken());
    }
}
