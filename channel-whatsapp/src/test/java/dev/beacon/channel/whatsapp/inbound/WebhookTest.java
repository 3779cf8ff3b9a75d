package dev.beacon.channel.whatsapp.inbound;

import static dev.beacon.channel.whatsapp.support.Cloud.NUMBER;
import static dev.beacon.channel.whatsapp.support.Cloud.OTHER_NUMBER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.SignedWebhookContract;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class WebhookTest extends SignedWebhookContract {

    private final GraphDouble graph = WaGraph.graph();

    @Inject
    DeliveryStatuses statuses;

    private List<JsonNode> answers(String waId) {
        return graph.whatsappSentTo(waId);
    }

    private List<JsonNode> awaitAnswers(String waId, int count) {
        return Eventually.await(() -> answers(waId), l -> l.size() >= count, Duration.ofSeconds(20));
    }

    /** Everything answered so far, once at least {@code count} answers came and no more came for 1 s. */
    private List<JsonNode> settled(String waId, int count) {
        List<JsonNode> now = awaitAnswers(waId, count);
        while (true) {
            List<JsonNode> later = Eventually.await(() -> answers(waId), l -> false, Duration.ofMillis(1000));
            if (later.size() == now.size()) {
                return later;
            }
            now = later;
        }
    }

    private static String bodies(List<JsonNode> answers) {
        return answers.toString();
    }

    @Override
    protected String verifyToken() {
        return "test-wa-verify-token";
    }

    @Override
    protected String appSecret() {
        return Cloud.APP_SECRET;
    }

    @Override
    protected String newPerson() {
        return Cloud.newWaId();
    }

    @Override
    protected String typed(String waId, String text) {
        return Cloud.message(NUMBER, waId, Cloud.text(waId, Cloud.wamid(), text));
    }

    @Override
    protected long handled(String waId) {
        return answers(waId).size();
    }

    @Test
    void refusesSignedJsonThatIsNotAWhatsAppWebhook() {
        Cloud.post("{\"object\":\"page\",\"entry\":[]}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://beacon.dev/problems/validation"));
        Cloud.post("[1,2]").statusCode(400);
    }

    @Test
    void everyMessageTypeIsAnsweredAndMarkedRead() {
        String waId = Cloud.newWaId();
        String first = Cloud.wamid();
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.text(waId, first, "hi"))).statusCode(200);
        List<JsonNode> welcome = awaitAnswers(waId, 1);
        assertTrue(bodies(welcome).contains("Welcome to Beacon Demo"), bodies(welcome));
        assertEquals(1, Eventually.await(() -> graph.readReceipts(first), n -> n >= 1, Duration.ofSeconds(5)));
        int before = answers(waId).size();
        for (String type : new String[] {"image", "audio", "document", "sticker"}) {
            Cloud.post(Cloud.message(NUMBER, waId, Cloud.media(waId, Cloud.wamid(), type)))
                    .statusCode(200);
        }
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.location(waId, Cloud.wamid())))
                .statusCode(200);
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.unsupported(waId, Cloud.wamid())))
                .statusCode(200);
        long photoAnswers = Eventually.await(
                () -> answers(waId).stream()
                        .filter(m -> m.toString().contains("only read text"))
                        .count(),
                n -> n >= 6,
                Duration.ofSeconds(30));
        assertEquals(6, photoAnswers, "image, audio, document, sticker, location, unsupported: each answered once");
        // a reaction to one of our messages is marked read but needs no answer
        int now = Eventually.await(() -> answers(waId).size(), n -> n > before, Duration.ofSeconds(1));
        String reaction = Cloud.wamid();
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.reaction(waId, reaction, "wamid.ours", "\uD83D\uDC4D")))
                .statusCode(200);
        assertEquals(1, Eventually.await(() -> graph.readReceipts(reaction), n -> n >= 1, Duration.ofSeconds(5)));
        assertEquals(
                answers(waId).size(),
                Eventually.await(() -> answers(waId).size(), n -> n > now, Duration.ofMillis(500)));
    }

    @Test
    void aTemplatesQuickReplyWithoutOurPayloadIsReadAsItsText() {
        String waId = Cloud.newWaId();
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.text(waId, Cloud.wamid(), "hi")))
                .statusCode(200);
        int before = settled(waId, 1).size();
        Cloud.post(Cloud.message(NUMBER, waId, Cloud.button(waId, Cloud.wamid(), "", "menu")))
                .statusCode(200);
        List<JsonNode> after = settled(waId, before + 1);
        assertTrue(bodies(after.subList(before, after.size())).contains("Health"), bodies(after));
    }

    @Test
    void aBatchForTwoNumbersIsAnsweredFromEachAndAnUnknownNumberIsDropped() {
        String ana = Cloud.newWaId();
        String ben = Cloud.newWaId();
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":"
                + Cloud.value(NUMBER, ana, Cloud.text(ana, Cloud.wamid(), "hi"), null)
                + ",\"field\":\"messages\"}]},{\"id\":\"2\",\"changes\":[{\"value\":"
                + Cloud.value(OTHER_NUMBER, ben, Cloud.text(ben, Cloud.wamid(), "hi"), null)
                + ",\"field\":\"messages\"}]}]}";
        Cloud.post(body).statusCode(200);
        awaitAnswers(ana, 1);
        awaitAnswers(ben, 1);
        assertTrue(graph.calls().stream()
                .anyMatch(c -> c.path().endsWith("/" + NUMBER + "/messages")
                        && c.body().path("to").asText().equals(ana)
                        && c.accessToken().equals("wa-token-demo")));
        assertTrue(graph.calls().stream()
                .anyMatch(c -> c.path().endsWith("/" + OTHER_NUMBER + "/messages")
                        && c.body().path("to").asText().equals(ben)
                        && c.accessToken().equals("wa-token-second")));
        String cy = Cloud.newWaId();
        Cloud.post(Cloud.message("2999", cy, Cloud.text(cy, Cloud.wamid(), "hi")))
                .statusCode(200);
        assertEquals(0, Eventually.await(() -> answers(cy).size(), n -> n > 0, Duration.ofSeconds(1)));
    }

    @Test
    void theSameMessageDeliveredTenTimesAtOnceIsAnsweredOnce() throws Exception {
        String waId = Cloud.newWaId();
        String wamid = Cloud.wamid();
        String body = Cloud.message(NUMBER, waId, Cloud.text(waId, wamid, "hi"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(pool.submit(() -> {
                go.await();
                return Cloud.post(body).extract().statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> post : posts) {
            assertEquals(200, post.get());
        }
        pool.shutdown();
        int answered = settled(waId, 1).size();
        Thread.sleep(1000);
        assertEquals(answered, answers(waId).size(), "no second answer");
        assertEquals(
                1,
                answers(waId).stream()
                        .filter(m -> m.toString().contains("Welcome"))
                        .count());
        assertEquals(1, graph.readReceipts(wamid), "one read receipt");
    }

    @Test
    void statusesAreRecordedOncePerSiteStatusAndErrorCode() {
        String waId = Cloud.newWaId();
        double sent = statuses.count("demo", "sent", 0);
        double delivered = statuses.count("demo", "delivered", 0);
        double read = statuses.count("demo", "read", 0);
        double failed = statuses.count("demo", "failed", 131047);
        String wamid = Cloud.wamid();
        String batch = String.join(
                ",",
                Cloud.status(wamid, waId, "sent", 0),
                Cloud.status(wamid, waId, "delivered", 0),
                Cloud.status(wamid, waId, "read", 0),
                Cloud.status(Cloud.wamid(), waId, "failed", 131047));
        Cloud.post(Cloud.webhook(NUMBER, waId, null, batch)).statusCode(200);
        Cloud.post(Cloud.webhook(NUMBER, waId, null, batch)).statusCode(200); // delivered again
        assertEquals(sent + 1, statuses.count("demo", "sent", 0));
        assertEquals(delivered + 1, statuses.count("demo", "delivered", 0));
        assertEquals(read + 1, statuses.count("demo", "read", 0));
        assertEquals(failed + 1, statuses.count("demo", "failed", 131047));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                        "beacon_whatsapp_statuses_total{error=\"131047\",site=\"demo\",status=\"failed\"}"));
    }

    private static int bsp(byte[] body, String signature) {
        return bsp(NUMBER, body, signature);
    }

    private static int bsp(String number, byte[] body, String signature) {
        var request = given().contentType("application/json").body(body);
        if (signature != null) {
            request = request.header(TurnSignature.HEADER, signature);
        }
        return request.when().post("/webhook/bsp/" + number).then().extract().statusCode();
    }

    @Test
    void aBspForwardedEnvelopeIsTakenWithItsOwnSignatureOnly() {
        String waId = Cloud.newWaId();
        byte[] body = Cloud.value(NUMBER, waId, Cloud.text(waId, Cloud.wamid(), "hi"), null)
                .getBytes(StandardCharsets.UTF_8);
        TurnSignature turn = new TurnSignature(Cloud.BSP_SECRET);
        assertEquals(403, bsp(body, null));
        assertEquals(403, bsp(body, new TurnSignature("another").sign(body)));
        assertEquals(403, bsp(body, Cloud.sign(body)), "Meta's signature is not the BSP's");
        assertEquals(0, Eventually.await(() -> answers(waId).size(), n -> n > 0, Duration.ofMillis(500)));
        assertEquals(200, bsp(body, turn.sign(body)));
        assertTrue(bodies(awaitAnswers(waId, 1)).contains("Welcome to Beacon Demo"));
        byte[] notOne = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, bsp(notOne, turn.sign(notOne)));
    }

    @Test
    void eachBspNumberIsSignedWithItsOwnHookSecret() {
        String waId = Cloud.newWaId();
        byte[] to2004 = Cloud.value("2004", waId, Cloud.text(waId, Cloud.wamid(), "hi"), null)
                .getBytes(StandardCharsets.UTF_8);
        TurnSignature of2004 = new TurnSignature("turn-secret-2004");
        TurnSignature of2005 = new TurnSignature("turn-secret-2005");
        TurnSignature byDefault = new TurnSignature(Cloud.BSP_SECRET);
        assertEquals(403, bsp("2004", to2004, of2005.sign(to2004)), "another number's secret");
        assertEquals(403, bsp("2004", to2004, byDefault.sign(to2004)), "the default, though 2004 has its own");
        assertEquals(403, bsp("2005", to2004, of2004.sign(to2004)), "2004's body and secret, at 2005's address");
        assertEquals(0, Eventually.await(() -> answers(waId).size(), n -> n > 0, Duration.ofMillis(500)));
        assertEquals(200, bsp("2004", to2004, of2004.sign(to2004)));
        assertTrue(bodies(awaitAnswers(waId, 1)).contains("Welcome to Beacon Demo"));
        assertTrue(graph.calls().stream()
                .anyMatch(c -> c.path().endsWith("/2004/messages")
                        && c.body().path("to").asText().equals(waId)
                        && c.accessToken().equals("wa-token-turn")));
        String other = Cloud.newWaId();
        byte[] to2006 = Cloud.value("2006", other, Cloud.text(other, Cloud.wamid(), "hi"), null)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(403, bsp("2006", to2006, of2004.sign(to2006)));
        assertEquals(200, bsp("2006", to2006, byDefault.sign(to2006)), "2006 names no secret: the default");
    }
}
