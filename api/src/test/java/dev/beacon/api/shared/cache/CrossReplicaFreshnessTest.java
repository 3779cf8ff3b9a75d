package dev.beacon.api.shared.cache;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.publish;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Another replica's change, played here as that replica would make it: rows written on a connection of its own and
 * {@code pg_notify} in the same transaction, nothing through this process. This replica's cached delivery must drop
 * what changed within one second, and only because of the notification: the same write without one is not seen.
 */
@QuarkusTest
@ApiTest
class CrossReplicaFreshnessTest {

    private static final Duration FRESH_WITHIN = Duration.ofSeconds(1);
    private static final String ITEM = "/api/v1/sites/{site}/content/{id}";

    @Inject
    AgroalDataSource db;

    @Inject
    ChangeListener listener;

    @Test
    void contentPublishedByAnotherReplicaIsServedHereWithinOneSecond() throws InterruptedException {
        String site = newSite();
        long id = newItem(site, "article", null, "Before", "before", null);
        publish(site, id, "en");
        Supplier<String> title = () ->
                given().get(ITEM, site, id).then().statusCode(200).extract().path("title");
        settle();
        assertEquals("Before", title.get());
        assertEquals("Before", title.get());

        otherReplica("UPDATE published_content SET title = 'Unannounced' WHERE item_id = " + id, null);
        assertEquals("Before", title.get(), "without a notification the cached response stands (the cache is in play)");

        otherReplica("UPDATE published_content SET title = 'After' WHERE item_id = " + id, siteId(site));
        assertFreshWithin("After", title);
    }

    @Test
    void aSiteChangedByAnotherReplicaIsServedHereWithinOneSecond() throws InterruptedException {
        String site = newSite();
        Supplier<String> name = () -> given().get("/api/v1/sites/{site}", site)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        String before = name.get();
        assertEquals(before, name.get());

        otherReplica(
                "UPDATE site SET name = 'Renamed elsewhere' WHERE slug = '" + site + "'", ChangeNotifier.ALL_SITES);
        assertFreshWithin("Renamed elsewhere", name);
    }

    @Test
    void afterItsConnectionIsCutTheListenerListensAgainAndStillHearsOtherReplicas() throws InterruptedException {
        String site = newSite();
        long id = newItem(site, "article", null, "Before", "before", null);
        publish(site, id, "en");
        int cut = listener.backendPid();
        assertNotEquals(0, cut, "the listener is connected");

        otherReplica("SELECT pg_terminate_backend(" + cut + ")", null);
        awaitOrFail(Duration.ofSeconds(30), "the listener reconnects", () -> listener.backendPid() != cut);

        Supplier<String> title = () ->
                given().get(ITEM, site, id).then().statusCode(200).extract().path("title");
        assertEquals("Before", title.get());
        assertEquals("Before", title.get());
        otherReplica("UPDATE published_content SET title = 'After' WHERE item_id = " + id, siteId(site));
        assertFreshWithin("After", title);
    }

    /**
     * Waits until this replica has heard every notification committed so far (its own publish's included), so that a
     * late one cannot pass for the one under test: notifications arrive in commit order, so hearing a marker is enough.
     */
    private void settle() throws InterruptedException {
        long before = listener.heard();
        otherReplica("SELECT 1", "-1"); // no site has id -1: the marker ends no epoch
        awaitOrFail(Duration.ofSeconds(10), "the listener hears the marker", () -> listener.heard() > before);
    }

    private static void awaitOrFail(Duration patience, String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + patience.toSeconds() + " s: " + what);
            }
            Thread.sleep(10);
        }
    }

    private long siteId(String slug) {
        return Db.count(db, "SELECT id FROM site WHERE slug = ?", slug);
    }

    private void otherReplica(String sql, Object notifyPayload) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.execute();
            }
            if (notifyPayload != null) {
                try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                    s.setString(1, ChangeNotifier.CHANNEL);
                    s.setString(2, notifyPayload.toString());
                    s.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertFreshWithin(String expected, Supplier<String> read) throws InterruptedException {
        Instant committed = Instant.now();
        Instant deadline = committed.plus(FRESH_WITHIN);
        String seen = read.get();
        while (!expected.equals(seen) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            seen = read.get();
        }
        assertEquals(
                expected,
                seen,
                "still stale " + Duration.between(committed, Instant.now()).toMillis() + " ms after the commit");
    }
}
