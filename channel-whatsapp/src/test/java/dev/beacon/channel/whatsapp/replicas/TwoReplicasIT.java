package dev.beacon.channel.whatsapp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.Replicas;
import dev.beacon.channel.kit.testing.Replies;
import dev.beacon.channel.kit.testing.TwoReplicasFixture;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.StandardWebhooks;
import dev.beacon.channel.whatsapp.support.Cloud;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged WhatsApp adapter (channel-kit's {@link Replicas}, as Messenger's {@code TwoReplicasIT}:
 * child processes sharing the machine's Redis under a key prefix of their own), the real packaged api (demo content)
 * and one Graph API double: one signed message delivered 10 times at once, five times to each replica, is marked read
 * and answered once; one {@code notification.created} delivery posted 10 times at once to both tells the person once.
 */
class TwoReplicasIT extends TwoReplicasFixture {

    private static final String NUMBER = "100000000000008";
    private static final String NOTIFY_SECRET = "whsec_cmVwbGljYXMtbm90aWZpY2F0aW9uLXNlY3JldC0wMTIzNDU2Nzg5";

    @BeforeAll
    static void start() throws Exception {
        startTwoReplicas(urls -> Map.of(
                "BEACON_API_URL",
                urls.api(),
                "BEACON_WHATSAPP_GRAPH_URL",
                urls.graph(),
                "BEACON_WHATSAPP_APP_SECRET",
                Cloud.APP_SECRET,
                "BEACON_WHATSAPP_VERIFY_TOKEN",
                "replicas",
                "BEACON_WHATSAPP_NUMBERS",
                NUMBER + "=demo:replicas-number-token",
                "BEACON_NOTIFY_SECRET",
                NOTIFY_SECRET,
                "BEACON_CONVERSATION_PAYLOAD_KEY",
                "replicas-payload-key-0123456789abcdef0123456789"));
    }

    @Test
    void theSameMessageDeliveredTenTimesAtOnceToTwoReplicasIsAnsweredOnce() throws Exception {
        int once = -1;
        for (int i = 0; i < 2; i++) { // each replica answers a "menu" of its own: both serve this number
            String waId = Cloud.newWaId();
            byte[] menu = message(waId, Cloud.wamid(), "menu");
            assertEquals(200, replicas.post(i, "/webhook", signed(menu), menu));
            int sent = settled(waId, l -> l.stream().anyMatch(TwoReplicasIT::isAnswer));
            assertTrue(once < 0 || once == sent, "both replicas answer a menu alike");
            once = sent;
        }
        String waId = Cloud.newWaId();
        String wamid = Cloud.wamid();
        byte[] event = message(waId, wamid, "menu");
        assertEquals(List.of(200), distinct(replicas.postAtOnce(10, "/webhook", signed(event), event)));
        assertEquals(once, settled(waId, l -> l.stream().anyMatch(TwoReplicasIT::isAnswer)), "one answer");
        assertEquals(1, graph.readReceipts(wamid), "marked read once");
    }

    @Test
    void theSameNotificationDeliveredTenTimesAtOnceToTwoReplicasTellsThePersonOnce() throws Exception {
        String waId = Cloud.newWaId();
        byte[] hello = message(waId, Cloud.wamid(), "hi");
        assertEquals(200, replicas.post(0, "/webhook", signed(hello), hello)); // the window opens, in Redis
        settled(waId, l -> l.stream().anyMatch(TwoReplicasIT::isAnswer));
        Replies.Replied replied =
                Replies.to("whatsapp", "whatsapp:" + waId, Aliases.unique("Twin"), "Both of us agree");
        byte[] event = Replies.event(Replies.newestNotification("whatsapp", "whatsapp:" + waId))
                .getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = Map.of(
                StandardWebhooks.ID,
                id,
                StandardWebhooks.TIMESTAMP,
                Long.toString(now),
                StandardWebhooks.SIGNATURE,
                new StandardWebhooks(NOTIFY_SECRET, Duration.ofMinutes(5)).sign(id, now, event));
        assertEquals(List.of(204), distinct(replicas.postAtOnce(10, "/notifications", headers, event)));
        settled(waId, l -> l.stream().anyMatch(m -> m.toString().contains(replied.reply())));
        List<JsonNode> told = graph.whatsappSentTo(waId).stream()
                .filter(m -> m.toString().contains(replied.reply()))
                .toList();
        assertEquals(1, told.size(), "told once: " + graph.whatsappSentTo(waId));
    }

    private static boolean isAnswer(JsonNode message) {
        return !message.path("type").asText().isEmpty();
    }

    /** Waits for {@code done}, then until nothing more arrives for 3 s; how many messages the person got. */
    private static int settled(String waId, Predicate<List<JsonNode>> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.test(graph.whatsappSentTo(waId))) {
            assertTrue(System.nanoTime() < deadline, "nothing for " + waId + ": " + graph.whatsappSentTo(waId));
            Thread.sleep(100);
        }
        int size;
        do {
            size = graph.whatsappSentTo(waId).size();
            Thread.sleep(3000); // a second handling, if any, would have sent by now
        } while (graph.whatsappSentTo(waId).size() != size);
        return size;
    }

    private static byte[] message(String waId, String wamid, String text) {
        return Cloud.message(NUMBER, waId, Cloud.text(waId, wamid, text)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> signed(byte[] body) {
        return Map.of(HubSignature.HEADER, Cloud.sign(body));
    }

    private static List<Integer> distinct(List<Integer> statuses) {
        return statuses.stream().distinct().toList();
    }
}
