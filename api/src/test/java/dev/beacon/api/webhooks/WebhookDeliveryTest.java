package dev.beacon.api.webhooks;

import static dev.beacon.api.testing.Staff.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.DatabaseTest;
import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.Staff;
import dev.beacon.api.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a local receiver: Standard Webhooks signatures checked by an independent verifier, retries with
 * backoff, giving up and disabling, redelivery, two workers at once, and a worker that dies mid-attempt.
 */
@QuarkusTest
@ApiTest
class WebhookDeliveryTest extends DatabaseTest {

    private static final String HOOKS = "/api/v1/manage/sites/{site}/webhooks";
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    /** Webhooks of other tests (and their pending retries) stay out of the counts of this one. */
    @BeforeEach
    void othersDisabled() throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE webhook SET enabled = false WHERE enabled")) {
            s.executeUpdate();
        }
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    @Test
    void theVerifierReproducesThePublishedTestVectorAndSoDoesBeacon() throws Exception {
        String vector = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        String payload = "{\"test\": 2432232314}";
        assertEquals(
                vector,
                StandardWebhooksVerifier.expected(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", payload));
        assertEquals(
                vector,
                WebhookSignature.sign(
                        SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, payload.getBytes(StandardCharsets.UTF_8)));
        assertTrue(WebhookSignature.isValidSecret(WebhookSignature.newSecret()));
    }

    @Test
    void failingThenSucceedingReceiverGetsSignedRetriesWithBackoff() throws Exception {
        try (Receiver receiver = new Receiver(500, 503)) {
            String site = Staff.newSite();
            long hook = register(site, receiver.url("/hook"), "[\"content.published\"]");
            long item = Staff.newItem(site, "article", null, "News", "news", null);
            Staff.publish(site, item, "en");
            fanOutAtLeast(1);

            assertEquals(1, sender.drain(10));
            assertEquals(0, sender.drain(10), "not due again before 5 s");
            TestClock.advance(Duration.ofSeconds(5));
            assertEquals(1, sender.drain(10));
            TestClock.advance(Duration.ofMinutes(4));
            assertEquals(0, sender.drain(10), "the second wait is 5 min");
            TestClock.advance(Duration.ofMinutes(1));
            assertEquals(1, sender.drain(10));

            List<Receiver.Received> got = receiver.received();
            assertEquals(3, got.size());
            String eventId = staff().get("/api/v1/manage/sites/{site}/events", site)
                    .then()
                    .extract()
                    .path("items[0].id");
            for (Receiver.Received r : got) {
                String body = new String(r.body(), StandardCharsets.UTF_8);
                assertEquals(eventId, r.headers().get("webhook-id"), "the same webhook-id on every attempt");
                String timestamp = r.headers().get("webhook-timestamp");
                assertTrue(StandardWebhooksVerifier.verify(
                        SECRET,
                        r.headers().get("webhook-id"),
                        timestamp,
                        r.headers().get("webhook-signature"),
                        body,
                        Long.parseLong(timestamp)));
                assertTrue(
                        !StandardWebhooksVerifier.verify(
                                "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                                r.headers().get("webhook-id"),
                                timestamp,
                                r.headers().get("webhook-signature"),
                                body,
                                Long.parseLong(timestamp)),
                        "another secret does not verify");
                JsonPath event = new JsonPath(body);
                assertEquals("1.0", event.getString("specversion"));
                assertEquals("content.published", event.getString("type"));
                assertEquals((int) item, event.getInt("data.itemId"));
                assertTrue(r.headers().get("content-type").startsWith("application/cloudevents+json"));
            }
            staff().get(HOOKS + "/{id}/deliveries", site, hook)
                    .then()
                    .statusCode(200)
                    .body("items[0].status", equalTo("delivered"))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].eventId", equalTo(eventId))
                    .body("items[0].log.outcome", contains("failed", "failed", "succeeded"))
                    .body("items[0].log.responseCode", contains(500, 503, 200))
                    .body("items[0].log.attempt", contains(1, 2, 3))
                    .body("items[0].log.error", contains("HTTP 500", "HTTP 503", null));
            JsonPath log = staff().get(HOOKS + "/{id}/deliveries", site, hook)
                    .then()
                    .extract()
                    .jsonPath();
            assertNotNull(log.get("items[0].log[2].latencyMs"));
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsTriedForADayThenTheWebhookIsDisabledWithTheReason() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.always(500);
            String site = Staff.newSite();
            long hook = register(site, receiver.url("/down"), "[]");
            long item = Staff.newItem(site, "article", null, "News", "news", null);
            Staff.publish(site, item, "en");
            fanOutAtLeast(1);
            Instant first = TestClock.now();
            List<Duration> waits = List.of(
                    Duration.ofSeconds(5),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(5),
                    Duration.ofHours(10),
                    Duration.ofHours(10));
            assertEquals(1, sender.drain(10));
            for (Duration wait : waits) {
                TestClock.advance(wait);
                assertEquals(1, sender.drain(10));
            }
            assertTrue(Duration.between(first, TestClock.now()).toHours() >= 24, "tried for over a day");
            assertEquals(8, receiver.received().size());
            staff().get(HOOKS + "/{id}", site, hook)
                    .then()
                    .statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("disabledReason", containsString("8 failed attempts over 27 h 35 min"))
                    .body("disabledReason", containsString("HTTP 500"));
            JsonPath log = staff().get(HOOKS + "/{id}/deliveries", site, hook)
                    .then()
                    .extract()
                    .jsonPath();
            assertEquals("failed", log.getString("items[0].status"));
            long failed = log.getLong("items[0].id");

            // Disabled: new events wait; nothing is sent.
            long other = Staff.newItem(site, "article", null, "More", "more", null);
            Staff.publish(site, other, "en");
            TestClock.advance(Duration.ofHours(1));
            dispatcher.fanOut();
            assertEquals(0, sender.drain(10));

            // Enabled again (receiver fixed): what came meanwhile is sent; a redelivery sends the failed one again.
            receiver.always(200);
            staff().body("{\"url\":\"" + receiver.url("/down") + "\",\"eventTypes\":[],\"enabled\":true}")
                    .put(HOOKS + "/{id}", site, hook)
                    .then()
                    .statusCode(200)
                    .body("enabled", equalTo(true))
                    .body("disabledReason", equalTo(null));
            fanOutAtLeast(1);
            staff().post(HOOKS + "/{id}/deliveries/{delivery}/redeliver", site, hook, failed)
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("pending"));
            assertEquals(2, sender.drain(10));
            List<Receiver.Received> got = receiver.received();
            assertEquals(10, got.size());
            assertEquals(
                    got.get(0).headers().get("webhook-id"), got.get(9).headers().get("webhook-id"));
            staff().post(HOOKS + "/{id}/deliveries/{delivery}/redeliver", site, hook, 999_999_999L)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void twoWorkersNeverSendTheSameAttemptAndEachWebhookGetsItsEventsInOrder() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String site = Staff.newSite();
            for (String path : List.of("/a", "/b", "/c")) {
                register(site, receiver.url(path), "[]");
            }
            List<String> events = new ArrayList<>();
            try (Connection c = db.getConnection()) {
                for (int i = 0; i < 20; i++) {
                    try (PreparedStatement s = c.prepareStatement("""
                            INSERT INTO event (id, site_id, type, subject, time, data)
                            VALUES (gen_random_uuid(), (SELECT id FROM site WHERE slug = ?), 'tip.submitted', 'tip/1', now(), '{}')
                            RETURNING id::text""")) {
                        s.setString(1, site);
                        try (var r = s.executeQuery()) {
                            r.next();
                            events.add(r.getString(1));
                        }
                    }
                }
            }
            fanOutAtLeast(60);
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> sent =
                        List.of(workers.submit(() -> sender.drain(1000)), workers.submit(() -> sender.drain(1000)));
                int total = 0;
                for (Future<Integer> f : sent) {
                    total += f.get(120, TimeUnit.SECONDS);
                }
                assertEquals(60, total);
            } finally {
                workers.shutdownNow();
            }
            List<Receiver.Received> got = receiver.received();
            assertEquals(60, got.size(), "every delivery once");
            Map<String, List<String>> byHook = got.stream()
                    .collect(Collectors.groupingBy(
                            Receiver.Received::path,
                            Collectors.mapping(r -> r.headers().get("webhook-id"), Collectors.toList())));
            for (String path : List.of("/a", "/b", "/c")) {
                assertEquals(events, byHook.get(path), "each webhook in the feed's order, nothing twice");
            }
            assertEquals(
                    60,
                    Db.count(
                            db,
                            "SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id"
                                    + " JOIN webhook w ON w.id = d.webhook_id WHERE w.site_id = (SELECT id FROM site WHERE slug = ?)",
                            site));
        }
    }

    @Test
    void anAttemptCutShortByARestartIsSentAgainOnceItsLeaseRunsOut() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String site = Staff.newSite();
            long hook = register(site, receiver.url("/restart"), "[]");
            long item = Staff.newItem(site, "article", null, "News", "news", null);
            Staff.publish(site, item, "en");
            fanOutAtLeast(1);
            WebhookSender.Claim lost = sender.claim(); // the worker dies here, before sending
            assertNotNull(lost);
            assertEquals(0, sender.drain(10), "another worker leaves a leased delivery alone");
            TestClock.advance(Duration.ofSeconds(31));
            assertEquals(1, sender.drain(10));
            assertEquals(1, receiver.received().size());
            // The first worker, were it only slow, could not record over the attempt that replaced it.
            sender.record(lost, new WebhookSender.Outcome(false, 500, 1, "HTTP 500"));
            staff().get(HOOKS + "/{id}/deliveries", site, hook)
                    .then()
                    .body("items[0].status", equalTo("delivered"))
                    .body("items[0].log.outcome", contains("interrupted", "succeeded"));
        }
    }

    @Test
    void urlsOnInternalNetworksAreRefusedAtRegistrationAndAtSend() {
        String site = Staff.newSite();
        for (String url : List.of(
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://192.168.0.10/",
                "http://[::1]:8080/",
                "http://[fd00::1]/",
                "http://127.0.0.2/",
                "http://100.64.0.1/",
                "http://0.0.0.0/",
                "ftp://example.org/",
                "http://user:pw@example.org/",
                "not a url")) {
            staff().body("{\"url\":\"" + url + "\"}")
                    .post(HOOKS, site)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"))
                    .body("errors[0].field", equalTo("url"));
        }
        assertEquals(
                0,
                Db.count(
                        db, "SELECT count(*) FROM webhook WHERE site_id = (SELECT id FROM site WHERE slug = ?)", site));
        staff().body("{\"url\":\"http://8.8.8.8/\",\"eventTypes\":[\"no.such\"]}")
                .post(HOOKS, site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[0]"));
        staff().body("{\"url\":\"http://8.8.8.8/\",\"secret\":\"plain\"}")
                .post(HOOKS, site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("secret"));

        UrlGuard production = new UrlGuard(List.of());
        UrlGuard.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(
                UrlGuard.Refused.class, () -> production.checkSend(java.net.URI.create("http://127.0.0.1:8080/")));
        assertTrue(refused.getMessage().contains("127.0.0.1"));
        assertTrue(UrlGuard.isPublic(address("8.8.8.8")));
        assertTrue(UrlGuard.isPublic(address("2001:4860:4860::8888")));
        for (String internal : List.of(
                "127.0.0.1",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.1.1",
                "::1",
                "fe80::1",
                "fc00::1",
                "100.100.1.1",
                "::ffff:10.0.0.1",
                "224.0.0.1",
                "255.255.255.255")) {
            assertTrue(!UrlGuard.isPublic(address(internal)), internal + " is internal");
        }
    }

    @Test
    void aNameThatStopsResolvingToAPublicAddressIsNotSentTo() throws Exception {
        String site = Staff.newSite();
        // A name that does not resolve passes registration (it may be set up later) and is checked at every send.
        long hook = register(site, "http://beacon-webhook-test.invalid/hook", "[]");
        long item = Staff.newItem(site, "article", null, "News", "news", null);
        Staff.publish(site, item, "en");
        fanOutAtLeast(1);
        assertEquals(1, sender.drain(10));
        staff().get(HOOKS + "/{id}/deliveries", site, hook)
                .then()
                .body("items[0].status", equalTo("pending"))
                .body("items[0].log[0].outcome", equalTo("failed"))
                .body("items[0].log[0].error", containsString("not sent"))
                .body("items[0].log[0].responseCode", equalTo(null));
    }

    @Test
    void siteAdminsManageWebhooksAndTheSecretIsShownOnce() {
        String site = Staff.newSite();
        JsonPath created = staff().body(
                        "{\"url\":\"https://8.8.8.8/hook\",\"eventTypes\":[\"content.published\",\"profile.erased\"]}")
                .post(HOOKS, site)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
        assertTrue(WebhookSignature.isValidSecret(created.getString("secret")));
        long id = created.getLong("id");
        staff().get(HOOKS + "/{id}", site, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("secret", equalTo(null))
                .body("eventTypes", contains("content.published", "profile.erased"))
                .body("enabled", equalTo(true));
        staff().header("If-Match", "\"7\"")
                .body("{\"url\":\"https://8.8.8.8/other\"}")
                .put(HOOKS + "/{id}", site, id)
                .then()
                .statusCode(412);
        staff().body("{\"url\":\"https://8.8.8.8/other\",\"enabled\":false}")
                .put(HOOKS + "/{id}", site, id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("Disabled by a site admin"))
                .body("eventTypes", equalTo(List.of()));
        staff().get(HOOKS, site).then().statusCode(200).body("items.url", contains("https://8.8.8.8/other"));
        staff().delete(HOOKS + "/{id}", site, id).then().statusCode(204);
        staff().get(HOOKS + "/{id}", site, id).then().statusCode(404);
        assertNull(Db.string(db, "SELECT url FROM webhook WHERE id = " + id));
    }

    private static java.net.InetAddress address(String literal) {
        try {
            return java.net.InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long register(String site, String url, String types) {
        return staff().body("{\"url\":\"" + url + "\",\"eventTypes\":" + types + ",\"secret\":\"" + SECRET + "\"}")
                .post(HOOKS, site)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Fan-out until at least {@code count} deliveries were made (an event shows once older transactions ended). */
    private void fanOutAtLeast(int count) {
        Instant deadline = Instant.now().plusSeconds(10);
        int made = dispatcher.fanOut();
        while (made < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            made += dispatcher.fanOut();
        }
        assertEquals(count, made, "deliveries made");
    }
}
