package dev.beacon.channel.messenger.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.Replicas;
import dev.beacon.channel.kit.testing.TwoReplicasFixture;
import dev.beacon.channel.kit.webhook.HubSignature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged adapter (channel-kit's {@link Replicas}: child processes sharing the machine's Redis
 * under a key prefix of their own), with the real packaged api (demo content) and one Graph API double: the same
 * signed event delivered 10 times at once, five times to each replica, is answered once.
 */
class TwoReplicasIT extends TwoReplicasFixture {

    private static final String SECRET = "replicas-app-secret";
    private static final String PAGE = "100000000000007";

    @BeforeAll
    static void start() throws Exception {
        startTwoReplicas(urls -> Map.of(
                "BEACON_API_URL",
                urls.api(),
                "BEACON_MESSENGER_GRAPH_URL",
                urls.graph(),
                "BEACON_MESSENGER_APP_SECRET",
                SECRET,
                "BEACON_MESSENGER_VERIFY_TOKEN",
                "replicas",
                "BEACON_MESSENGER_PAGES",
                PAGE + "=demo:replicas-page-token",
                "BEACON_CONVERSATION_PAYLOAD_KEY",
                "replicas-payload-key-0123456789abcdef0123456789"));
    }

    @Test
    void theSameEventDeliveredTenTimesAtOnceToTwoReplicasIsAnsweredOnce() throws Exception {
        // Each replica answers a "menu" of its own first: both really serve this page, and this is what one
        // handling sends (mark_seen, typing_on, the menu's messages).
        List<Integer> once = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String psid = newPsid();
            byte[] menu = event(psid, "m_" + UUID.randomUUID(), "menu");
            assertEquals(200, replicas.post(i, "/webhook", signed(menu), menu));
            awaitMenu(psid);
            Thread.sleep(1500);
            once.add(graph.sentTo(psid).size());
        }
        assertEquals(once.get(0), once.get(1), "both replicas answer a menu alike");

        String psid = newPsid();
        byte[] event = event(psid, "m_" + UUID.randomUUID(), "menu");
        assertEquals(
                List.of(200),
                replicas.postAtOnce(10, "/webhook", signed(event), event).stream()
                        .distinct()
                        .toList(),
                "each delivery is accepted");
        awaitMenu(psid);
        Thread.sleep(3000); // a second handling, if any, would have answered by now
        List<JsonNode> sent = graph.sentTo(psid);
        assertEquals(1, count(sent, "mark_seen"), "seen once: " + sent);
        assertEquals(1, count(sent, "typing_on"), "typing once: " + sent);
        assertEquals(1, menus(sent), "one answer: " + sent);
        assertEquals(once.get(0), sent.size(), "exactly what one handling sends: " + sent);
    }

    private static Map<String, String> signed(byte[] body) {
        return Map.of(HubSignature.HEADER, new HubSignature(SECRET).sign(body));
    }

    private static long count(List<JsonNode> sent, String action) {
        return sent.stream()
                .filter(m -> action.equals(m.path("sender_action").asText()))
                .count();
    }

    /** Messages carrying the home menu's question (the one with its quick replies). */
    private static long menus(List<JsonNode> sent) {
        return sent.stream()
                .filter(m -> m.toString().contains("what would you like to read?"))
                .count();
    }

    private static void awaitMenu(String psid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (menus(graph.sentTo(psid)) == 0) {
            assertTrue(System.nanoTime() < deadline, "no answer to " + psid + ": " + graph.sentTo(psid));
            Thread.sleep(100);
        }
    }

    private static byte[] event(String psid, String mid, String text) {
        long now = System.currentTimeMillis();
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":" + now + ",\"messaging\":[{"
                        + "\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + PAGE + "\"},\"timestamp\":"
                        + now + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String newPsid() {
        return Long.toString(7_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFFFL));
    }
}
