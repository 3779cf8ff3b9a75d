package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.content.manage.PublishingService;
import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Go-live and expiry, tested by moving the application clock instead of sleeping. */
@QuarkusTest
@ApiTest
class SchedulingTest {

    private static final String ITEM = "/api/v1/sites/{site}/content/{id}";
    private static final String TRANSLATION = "/api/v1/manage/sites/{site}/content/{id}/translations/en";

    @Inject
    PublishingService publishing;

    @Inject
    AgroalDataSource db;

    private long snapshotRows(long item) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM published_content WHERE item_id = ?")) {
            s.setLong(1, item);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void scheduledItemGoesLiveOnTimeEvenBeforeTheSchedulerRuns() {
        String site = newSite();
        long id = newItem(site, "article", null, "Tomorrow", "tomorrow", null);
        Instant liveFrom = TestClock.now().plus(Duration.ofHours(1));
        publish(site, id, "en", "{\"liveFrom\":\"" + liveFrom + "\"}");
        staff().get(TRANSLATION, site, id).then().body("status", equalTo("scheduled"));
        given().get(ITEM, site, id).then().statusCode(404);
        // Listing caches the site's tree and responses: moving past go-live must end that epoch.
        given().get("/api/v1/sites/{site}/content", site).then().body("totalItems", equalTo(0));

        TestClock.advance(Duration.ofMinutes(61));
        given().get(ITEM, site, id).then().statusCode(200).body("title", equalTo("Tomorrow"));
        given().get("/api/v1/sites/{site}/content", site).then().body("totalItems", equalTo(1));
        staff().get(TRANSLATION, site, id).then().body("status", equalTo("scheduled"));

        assertTrue(publishing.runSchedule() >= 1);
        staff().get(TRANSLATION, site, id).then().body("status", equalTo("published"));
    }

    @Test
    void expiredItemDisappearsAtExpiryEvenBeforeTheSchedulerRuns() {
        String site = newSite();
        long id = newItem(site, "article", null, "Today only", "today-only", null);
        Instant liveUntil = TestClock.now().plus(Duration.ofHours(2));
        publish(site, id, "en", "{\"liveUntil\":\"" + liveUntil + "\"}");
        given().get(ITEM, site, id).then().statusCode(200);

        TestClock.advance(Duration.ofHours(2).plusSeconds(1));
        given().get(ITEM, site, id).then().statusCode(404);

        assertEquals(1, snapshotRows(id));
        assertTrue(publishing.runSchedule() >= 1);
        staff().get(TRANSLATION, site, id).then().body("status", equalTo("expired"));
        given().get(ITEM, site, id).then().statusCode(404);
        assertEquals(0, snapshotRows(id), "the scheduler removes expired rows from the delivery snapshot");
    }

    @Test
    void cacheLifetimeNeverOutlivesTheNextScheduledChange() {
        String site = newSite();
        long id = newItem(site, "article", null, "Soon gone", "soon-gone", null);
        publish(site, id, "en", "{\"liveUntil\":\"" + TestClock.now().plusSeconds(20) + "\"}");
        String cacheControl =
                given().get(ITEM, site, id).then().statusCode(200).extract().header("Cache-Control");
        int maxAge = Integer.parseInt(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertTrue(maxAge <= 20, cacheControl);
    }
}
