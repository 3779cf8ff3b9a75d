package dev.beacon.channel.kit.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.notify.NotificationSubscription;
import dev.beacon.channel.kit.webhook.StandardWebhooks;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications pushed by the api's webhook to a chat adapter, as tests an adapter's {@code @QuarkusTest} inherits:
 * the adapter's {@code /notifications} is registered for {@code notification.created} of the demo site through the
 * management API ({@link NotificationSubscription}, the code the adapter runs at start-up), a moderator replies to a
 * chat person's comment in the real api, and the person is told through the Graph double. Deliveries whose signature
 * is missing, wrong or stale are refused with 401 and tell nobody; the same delivery (same {@code webhook-id}) posted
 * many times at once tells the person once.
 */
public abstract class NotificationsContract {

    /** The webhook's secret: the adapters' test configuration has it as {@code beacon.notify.secret}. */
    public static final String SECRET = "whsec_YmVhY29uLW5vdGlmaWNhdGlvbnMtdGVzdC1zZWNyZXQtMDEyMw==";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** {@code messenger} or {@code whatsapp}: the channel client and the prefix of the person's identity. */
    protected abstract String channel();

    /** The adapter's own subscription bean: the code it runs at start-up registers the test's webhook. */
    protected NotificationSubscription subscription() {
        return Arc.container().instance(NotificationSubscription.class).get();
    }

    /** The adapter's person queues, for a {@link WebhookPerson} to wait on. */
    protected PersonQueues queues() {
        return Arc.container().instance(PersonQueues.class).get();
    }

    protected abstract dev.beacon.channel.kit.testing.graph.GraphDouble graph();

    /** A new person who wrote to the bot (their 24-hour window is open). */
    protected abstract WebhookPerson personWhoWrote();

    /** The person's id on the platform (psid, wa_id). */
    protected abstract String platformId(WebhookPerson person);

    /** Every message the double took for the person with that platform id, in order. */
    protected abstract List<JsonNode> sentTo(String platformId);

    protected String url() {
        return "http://127.0.0.1:" + RestAssured.port + "/notifications";
    }

    @BeforeEach
    void subscribe() {
        subscription().ensure("demo", url(), SECRET);
    }

    @Test
    void theWebhookIsRegisteredOnceHoweverOftenTheAdapterStarts() {
        assertEquals(
                NotificationSubscription.Outcome.ALREADY_THERE, subscription().ensure("demo", url(), SECRET));
        JsonNode hooks =
                get("/api/v1/manage/sites/demo/webhooks", ApiUnderTest.shared().staffToken("ada"));
        List<JsonNode> mine = java.util.stream.StreamSupport.stream(
                        hooks.path("items").spliterator(), false)
                .filter(h -> h.path("url").asText().equals(url()))
                .toList();
        assertEquals(1, mine.size(), "one webhook to " + url() + ": " + hooks);
        assertEquals(
                "[\"notification.created\"]", mine.get(0).path("eventTypes").toString());
        assertTrue(mine.get(0).path("enabled").asBoolean());
    }

    @Test
    void aReplyToThePersonsCommentReachesThemInsideTheirWindow() {
        WebhookPerson person = personWhoWrote();
        String id = platformId(person);
        Replies.Replied replied = reply(id);
        List<JsonNode> told = Eventually.await(() -> mentioning(id, replied.reply()), l -> !l.isEmpty(), PATIENCE);
        assertEquals(1, told.size(), "told once: " + sentTo(id));
        assertTrue(told.get(0).toString().contains(replied.title()), "names what was commented on: " + told);
        person.assertNothingRefused(graph());
    }

    @Test
    void deliveriesWithoutTheRightSignatureAreRefusedWith401AndTellNobody() {
        WebhookPerson person = personWhoWrote();
        String id = platformId(person);
        Replies.Replied replied = reply(id);
        Eventually.await(() -> mentioning(id, replied.reply()), l -> !l.isEmpty(), PATIENCE);
        byte[] event = event(notificationOf(id)).toString().getBytes(StandardCharsets.UTF_8);
        StandardWebhooks ours = new StandardWebhooks(SECRET, Duration.ofMinutes(5));
        StandardWebhooks theirs = new StandardWebhooks(
                "whsec_" + java.util.Base64.getEncoder().encodeToString("not-the-webhook-secret-at-all".getBytes()),
                Duration.ofMinutes(5));
        long now = Instant.now().getEpochSecond();
        String fresh = "msg_" + UUID.randomUUID();
        post(fresh, null, null, event).statusCode(401);
        post(fresh, Long.toString(now), null, event).statusCode(401);
        post(fresh, Long.toString(now), theirs.sign(fresh, now, event), event).statusCode(401);
        post(fresh, Long.toString(now - 600), ours.sign(fresh, now - 600, event), event)
                .statusCode(401);
        byte[] tampered = new String(event, StandardCharsets.UTF_8)
                .replace("notification.created", "notification.created ")
                .getBytes(StandardCharsets.UTF_8);
        post(fresh, Long.toString(now), ours.sign(fresh, now, event), tampered).statusCode(401);
        post("msg_other", Long.toString(now), ours.sign(fresh, now, event), event)
                .statusCode(401);
        settle(person);
        assertEquals(1, mentioning(id, replied.reply()).size(), "nothing more was sent: " + sentTo(id));
        // the same body, rightly signed under a new id, is told: the refusals above were the signature's alone
        post(fresh, Long.toString(now), ours.sign(fresh, now, event), event).statusCode(204);
        assertEquals(
                2,
                Eventually.await(() -> mentioning(id, replied.reply()), l -> l.size() >= 2, PATIENCE)
                        .size());
    }

    @Test
    void theSameDeliveryManyTimesAtOnceTellsThePersonOnce() throws Exception {
        WebhookPerson person = personWhoWrote();
        String id = platformId(person);
        Replies.Replied replied = reply(id);
        Eventually.await(() -> mentioning(id, replied.reply()), l -> !l.isEmpty(), PATIENCE);
        JsonNode event = event(notificationOf(id));
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        // the api's own id again (as its at-least-once redelivery sends it), then a new id ten times at once
        assertEquals(List.of(204), concurrently(event.path("id").asText(), body, 3));
        String again = "msg_" + UUID.randomUUID();
        assertEquals(List.of(204), concurrently(again, body, 10));
        settle(person);
        assertEquals(
                2,
                Eventually.await(() -> mentioning(id, replied.reply()), l -> l.size() >= 2, PATIENCE)
                        .size());
        settle(person);
        assertEquals(2, mentioning(id, replied.reply()).size(), "once per webhook-id: " + sentTo(id));
    }

    /** A moderator's reply to a comment of the person with that platform id (who gets the alias Reader…). */
    protected Replies.Replied reply(String platformId) {
        return Replies.to(
                channel(),
                channel() + ":" + platformId,
                Aliases.unique("Reader"),
                "Thanks for asking " + UUID.randomUUID().toString().substring(0, 8));
    }

    protected List<JsonNode> mentioning(String platformId, String text) {
        return sentTo(platformId).stream()
                .filter(m -> m.toString().contains(text))
                .toList();
    }

    /** The id of the person's newest notification, read as the person. */
    protected long notificationOf(String platformId) {
        return Replies.newestNotification(channel(), channel() + ":" + platformId);
    }

    /** The api's {@code notification.created} event for the notification, as its event feed has it. */
    protected static JsonNode event(long notificationId) {
        return read(Replies.event(notificationId));
    }

    /**
     * Waits until the api reports the notification's delivery to this adapter as delivered (its answer was 2xx), so
     * that whatever the adapter does with it is queued behind nothing the person does afterwards.
     */
    protected void awaitDelivered(long notificationId) {
        ApiUnderTest api = ApiUnderTest.shared();
        String token = api.staffToken("ada");
        String eventId = event(notificationId).path("id").asText();
        long webhook = java.util.stream.StreamSupport.stream(
                        get("/api/v1/manage/sites/demo/webhooks", token)
                                .path("items")
                                .spliterator(),
                        false)
                .filter(h -> h.path("url").asText().equals(url()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode log = get("/api/v1/manage/sites/demo/webhooks/" + webhook + "/deliveries?size=100", token);
            for (JsonNode delivery : log.path("items")) {
                if (delivery.path("eventId").asText().equals(eventId)
                        && delivery.path("status").asText().equals("delivered")) {
                    return;
                }
            }
            pause(200);
        }
        throw new AssertionError("the api did not deliver notification " + notificationId + " to " + url());
    }

    /** Lets what the adapter queued for the person run: an answer to a message of theirs comes after it. */
    protected void settle(WebhookPerson person) {
        person.sends("menu");
    }

    private List<Integer> concurrently(String webhookId, byte[] body, int times) throws Exception {
        StandardWebhooks ours = new StandardWebhooks(SECRET, Duration.ofMinutes(5));
        long now = Instant.now().getEpochSecond();
        String signature = ours.sign(webhookId, now, body);
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<CompletableFuture<Integer>> posts = IntStream.range(0, times)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> post(webhookId, Long.toString(now), signature, body)
                                    .extract()
                                    .statusCode(),
                            pool))
                    .toList();
            return posts.stream().map(CompletableFuture::join).distinct().toList();
        } finally {
            pool.shutdown();
        }
    }

    protected static io.restassured.response.ValidatableResponse post(
            String id, String timestamp, String signature, byte[] body) {
        var request = given().contentType("application/cloudevents+json").body(body);
        if (id != null) {
            request.header(StandardWebhooks.ID, id);
        }
        if (timestamp != null) {
            request.header(StandardWebhooks.TIMESTAMP, timestamp);
        }
        if (signature != null) {
            request.header(StandardWebhooks.SIGNATURE, signature);
        }
        return request.when().post("/notifications").then();
    }

    private static JsonNode get(String path, String token) {
        return read(ApiUnderTest.shared().send("GET", path, token, null, 200));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
