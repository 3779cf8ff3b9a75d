package dev.beacon.channel.messenger.inbound;

import static dev.beacon.channel.messenger.support.Meta.OTHER_PAGE;
import static dev.beacon.channel.messenger.support.Meta.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.SignedWebhookContract;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
class WebhookTest extends SignedWebhookContract {

    private final GraphDouble graph = GraphDoubleResource.graph();

    private List<JsonNode> actions(String psid, String action) {
        return graph.sentTo(psid).stream()
                .filter(b -> action.equals(b.path("sender_action").asText()))
                .toList();
    }

    private List<JsonNode> messages(String psid) {
        return graph.sentTo(psid).stream().filter(b -> b.has("message")).toList();
    }

    /** The answers to a photo: each starts with the engine's "I can only read text". */
    private long photoAnswers(String psid) {
        return messages(psid).stream()
                .filter(b -> b.path("message").path("text").asText().contains("only read text"))
                .count();
    }

    private List<JsonNode> awaitActions(String psid, String action, int count) {
        return Eventually.await(() -> actions(psid, action), l -> l.size() >= count, Duration.ofSeconds(10));
    }

    @Override
    protected String verifyToken() {
        return "test-verify-token";
    }

    @Override
    protected String appSecret() {
        return Meta.APP_SECRET;
    }

    @Override
    protected String newPerson() {
        return Meta.newPsid();
    }

    @Override
    protected String typed(String psid, String text) {
        return Meta.webhook(Meta.entry(PAGE, Meta.text(PAGE, psid, Meta.mid(), text)));
    }

    @Override
    protected long handled(String psid) {
        return graph.sentTo(psid).size();
    }

    @Test
    void refusesASignedBodyThatIsNotAPageWebhook() {
        Meta.post("{\"object\":\"instagram\",\"entry\":[]}").statusCode(400).contentType("application/problem+json");
        Meta.post("not json").statusCode(400);
    }

    @Test
    void handlesEveryEventOfABatchOnEachPageWithThatPagesToken() {
        String ana = Meta.newPsid();
        String ben = Meta.newPsid();
        String cy = Meta.newPsid();
        Meta.post(Meta.webhook(
                        Meta.entry(
                                PAGE,
                                Meta.attachment(PAGE, ana, Meta.mid()),
                                Meta.echo(PAGE, ana, Meta.mid()),
                                Meta.read(PAGE, ana),
                                Meta.attachment(PAGE, ben, Meta.mid())),
                        Meta.entry(
                                OTHER_PAGE,
                                Meta.delivery(OTHER_PAGE, cy),
                                Meta.attachment(OTHER_PAGE, cy, Meta.mid()),
                                Meta.attachment(OTHER_PAGE, cy, Meta.mid()))))
                .statusCode(200);
        assertEquals(1, awaitActions(ana, "mark_seen", 1).size());
        assertEquals(1, awaitActions(ben, "mark_seen", 1).size());
        assertEquals(2, awaitActions(cy, "mark_seen", 2).size());
        assertEquals(2L, Eventually.await(() -> photoAnswers(cy), n -> n >= 2, Duration.ofSeconds(20)));
        assertEquals(1L, Eventually.await(() -> photoAnswers(ben), n -> n >= 1, Duration.ofSeconds(20)));
        assertEquals(1L, Eventually.await(() -> photoAnswers(ana), n -> n >= 1, Duration.ofSeconds(20)));
        assertTrue(messages(cy).stream()
                .allMatch(b -> b.path("messaging_type").asText().equals("RESPONSE")));
        sleep(500);
        assertEquals(1L, photoAnswers(ana), "the echo and the read got no answer");
        List<String> tokens = graph.calls().stream()
                .filter(c -> c.body().path("recipient").path("id").asText().equals(cy))
                .map(GraphDouble.Call::accessToken)
                .distinct()
                .toList();
        assertEquals(List.of("page-token-second"), tokens);
    }

    @Test
    void dropsAnEventForAPageItDoesNotServe() {
        String psid = Meta.newPsid();
        Meta.post(Meta.webhook(Meta.entry("999", Meta.attachment("999", psid, Meta.mid()))))
                .statusCode(200);
        sleep(400);
        assertEquals(List.of(), graph.sentTo(psid));
    }

    @Test
    void handlesTheSameEventDeliveredTenTimesAtOnceOnce() throws Exception {
        String psid = Meta.newPsid();
        String json = Meta.webhook(Meta.entry(PAGE, Meta.attachment(PAGE, psid, Meta.mid())));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return Meta.post(json).extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> post : posts) {
                assertEquals(200, post.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Eventually.await(() -> photoAnswers(psid), n -> n >= 1, Duration.ofSeconds(20));
        sleep(800);
        assertEquals(1, actions(psid, "mark_seen").size());
        assertEquals(1L, photoAnswers(psid));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
