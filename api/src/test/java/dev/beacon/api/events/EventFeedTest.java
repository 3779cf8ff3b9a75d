package dev.beacon.api.events;

import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.DatabaseTest;
import dev.beacon.api.testing.Staff;
import dev.beacon.api.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event feed and the content change feed: ordered, paged, resumable, commit-safe, long-polling. */
@QuarkusTest
@ApiTest
class EventFeedTest extends DatabaseTest {

    private static final String EVENTS = "/api/v1/manage/sites/{site}/events";
    private static final String CHANGES = "/api/v1/sites/{site}/changes";

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    @Test
    void pagesResumeFromTheCursorInOrder() {
        String site = Staff.newSite();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = Staff.newItem(site, "article", null, "A" + i, "a-" + i, null);
            Staff.publish(site, id, "en");
            items.add(id);
        }
        EventFeeds.atLeast(site, 5);
        List<Object> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            var request = staff().queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath body = request.get(EVENTS, site)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> events = body.getList("items");
            events.forEach(e -> seen.add(EventFeeds.data(e).get("itemId")));
            assertEquals(events.get(events.size() - 1).get("beaconcursor"), body.getString("next"));
            after = body.getString("next");
        }
        assertEquals(items.stream().map(Long::intValue).toList(), seen);
        // At the end: nothing more, and the same cursor to come back with.
        staff().queryParam("after", after)
                .get(EVENTS, site)
                .then()
                .body("items", empty())
                .body("next", equalTo(after));
        staff().queryParam("type", "content.unpublished")
                .get(EVENTS, site)
                .then()
                .body("items", empty());
        staff().queryParam("type", "no.such").get(EVENTS, site).then().statusCode(400);
        staff().queryParam("after", "12x").get(EVENTS, site).then().statusCode(400);
    }

    @Test
    void integrationsWithTheEventsRoleReadEverySiteAndChannelClientsDoNot() {
        String site = Staff.newSite();
        given().auth()
                .oauth2(OidcWiremockTestResource.getAccessToken("search-indexer", Set.of("events")))
                .get(EVENTS, site)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(OidcWiremockTestResource.getAccessToken("web", Set.of("channel")))
                .get(EVENTS, site)
                .then()
                .statusCode(403);
        given().get(EVENTS, site).then().statusCode(401);
        staff().get(EVENTS, "no-such-site").then().statusCode(404);
    }

    @Test
    void aLongPollAnswersAsSoonAsAnEventCommits() throws Exception {
        String site = Staff.newSite();
        long id = Staff.newItem(site, "article", null, "Soon", "soon", null);
        Instant started = Instant.now();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> staff().queryParam("wait", 20)
                .get(EVENTS, site)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
        Thread.sleep(700);
        Staff.publish(site, id, "en");
        JsonPath answer = waiting.get(20, TimeUnit.SECONDS);
        Duration took = Duration.between(started, Instant.now());
        assertEquals(List.of("content.published"), answer.getList("items.type"));
        assertTrue(took.toMillis() >= 600 && took.toSeconds() < 10, "answered after " + took);
        // Nothing comes: the wait is bounded.
        Instant again = Instant.now();
        staff().queryParam("wait", 1)
                .queryParam("after", answer.getString("next"))
                .get(EVENTS, site)
                .then()
                .statusCode(200)
                .body("items", empty());
        assertTrue(Duration.between(again, Instant.now()).toMillis() >= 900);
        staff().queryParam("wait", 31).get(EVENTS, site).then().statusCode(400);
    }

    @Test
    void aLaterTransactionWaitsBehindAnOlderOneStillRunning() throws Exception {
        String site = Staff.newSite();
        long item = Staff.newItem(site, "article", null, "Later", "later", null);
        try (Connection older = db.getConnection()) {
            older.setAutoCommit(false);
            String first = insertEvent(older, site);
            // A later transaction commits first (it took a later sequence number too).
            Staff.publish(site, item, "en");
            EventFeeds.sleep(300);
            staff().get(EVENTS, site).then().statusCode(200).body("items", empty());
            older.commit();
            List<Map<String, Object>> events = EventFeeds.atLeast(site, 2);
            assertEquals(first, events.get(0).get("id"), "the older transaction's event comes first");
            assertEquals("content.published", events.get(1).get("type"));
        }
    }

    /**
     * Writers commit out of order (random pauses between writing and committing) while a reader follows the feed
     * a few events at a time: the reader sees every committed event exactly once, in the feed's order.
     */
    @Test
    void resumesWithoutGapsOrRepeatsWhilePublishingGoesOn() throws Exception {
        String site = Staff.newSite();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(Staff.newItem(site, "article", null, "P" + i, "p-" + i, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                Random random = new Random(1600 + w); // seeded: the same interleaving pressure on every run
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        try (Connection c = db.getConnection()) {
                            c.setAutoCommit(false);
                            insertEvent(c, site);
                            Thread.sleep(random.nextInt(40));
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (long item : items) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        Staff.publish(site, item, "en");
                    }
                    return null;
                }));
            }
            Future<List<String>> reader = pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                String after = "";
                int emptyAfterWriters = 0;
                while (emptyAfterWriters < 3) {
                    boolean stillWriting = writing.get();
                    JsonPath page = staff().queryParam("after", after)
                            .queryParam("limit", 7)
                            .get(EVENTS, site)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    List<String> ids = page.getList("items.id");
                    seen.addAll(ids);
                    after = page.getString("next");
                    if (ids.isEmpty() && !stillWriting) {
                        emptyAfterWriters++;
                        Thread.sleep(100);
                    }
                }
                return seen;
            });
            for (Future<?> w : writers) {
                w.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<String> seen = reader.get(120, TimeUnit.SECONDS);
            List<String> stored = stored(site);
            assertEquals(6 * 25 + 3 * 8, stored.size());
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice");
            assertEquals(stored, seen, "every event once, in the feed's order");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theChangeFeedListsWhatToFetchAgainAndWhatToDrop() {
        String site = Staff.newSite();
        long a = Staff.newItem(site, "article", null, "A", "a", null);
        long b = Staff.newItem(site, "article", null, "B", "b", null);
        long c = Staff.newItem(site, "article", null, "C", "c", null);
        Staff.publish(site, a, "en");
        Staff.publish(site, b, "en");
        staff().post("/api/v1/manage/sites/{site}/content/{id}/translations/en/unpublish", site, a)
                .then()
                .statusCode(200);
        Staff.publish(site, c, "en", "{\"liveFrom\":\"" + TestClock.now().plus(1, ChronoUnit.HOURS) + "\"}");
        EventFeeds.atLeast(site, 4);
        JsonPath first = given().get(CHANGES, site)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("items.itemId", contains((int) b, (int) a, (int) c))
                .body("items.change", contains("published", "removed", "removed"))
                .body("items.locale", contains("en", "en", "en"))
                .extract()
                .jsonPath();
        String since = first.getString("next");
        given().queryParam("since", since).get(CHANGES, site).then().body("items", empty());
        Staff.publish(site, a, "en");
        EventFeeds.atLeast(site, 5);
        given().queryParam("since", since)
                .get(CHANGES, site)
                .then()
                .body("items.itemId", contains((int) a))
                .body("items.change", contains("published"));
        given().queryParam("since", "nope").get(CHANGES, site).then().statusCode(400);
        given().get(CHANGES, "no-such-site").then().statusCode(404);
    }

    private static String insertEvent(Connection c, String site) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO event (id, site_id, type, subject, time, data)
                VALUES (gen_random_uuid(), (SELECT id FROM site WHERE slug = ?), 'comment.created', 'comment/0', now(), '{}')
                RETURNING id::text""")) {
            s.setString(1, site);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private List<String> stored(String site) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id::text FROM event WHERE site_id = (SELECT id FROM site WHERE slug = ?) ORDER BY xid, seq")) {
            s.setString(1, site);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }
}
