package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Delivery reads that the cache holds are answered on the event loop by DeliveryCacheFilter: byte for byte and
 * header for header what the resource answers, and never past the end of the epoch they were rendered in.
 */
@QuarkusTest
@ApiTest
class DeliveryCacheFilterTest {

    private static final String ITEM = "/api/v1/sites/{site}/content/{id}";

    @Inject
    MeterRegistry registry;

    private double hits() {
        return registry.get("beacon.delivery.event.loop.hits").counter().count();
    }

    @Test
    void aSecondReadIsAnsweredFromTheCacheExactlyAsTheFirst() {
        String site = newSite();
        long id = newItem(site, "article", null, "Held", "held", null);
        publish(site, id, "en");

        double before = hits();
        Response first = given().get(ITEM + "?locale=pt-BR", site, id);
        assertEquals(before, hits(), "the first read renders, in the resource");
        Response second = given().get(ITEM + "?locale=pt-BR", site, id);
        assertEquals(before + 1, hits(), "the second is a hit, answered before the resource");
        assertEquals(200, second.statusCode());
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        for (String header : new String[] {"ETag", "Cache-Control", "Content-Language", "Content-Type"}) {
            assertEquals(first.header(header), second.header(header), header);
        }
        given().header("If-None-Match", first.header("ETag"))
                .get(ITEM + "?locale=pt-BR", site, id)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(first.header("ETag")));
        assertEquals(before + 2, hits());

        // A client that cannot take JSON is refused the same way whether the answer is held or not.
        int refused = given().accept("text/html")
                .get(ITEM + "?locale=pt-BR", site, id)
                .statusCode();
        assertEquals(406, refused);
        assertEquals(before + 2, hits());

        // Another locale is another key; a list and a path are cached and answered the same way.
        given().get(ITEM + "?locale=en", site, id).then().statusCode(200);
        assertEquals(before + 2, hits());
        String list = given().get("/api/v1/sites/{site}/content?type=article&size=5", site)
                .asString();
        assertEquals(
                list,
                given().get("/api/v1/sites/{site}/content?type=article&size=5", site)
                        .asString());
        String byPath = given().get("/api/v1/sites/{site}/paths/held", site)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                byPath, given().get("/api/v1/sites/{site}/paths/held", site).asString());
        assertEquals(before + 4, hits());
    }

    @Test
    void aChangeEndsTheEpochSoTheNextReadIsRenderedAgain() {
        String site = newSite();
        long id = newItem(site, "article", null, "Before", "before", null);
        publish(site, id, "en");
        given().get(ITEM, site, id).then().body("title", equalTo("Before"));
        given().get(ITEM, site, id).then().body("title", equalTo("Before"));

        Staff.translate(site, id, "en", "After", "before", null);
        publish(site, id, "en");
        double before = hits();
        given().get(ITEM, site, id).then().statusCode(200).body("title", equalTo("After"));
        assertEquals(before, hits(), "the new epoch's first read is rendered by the resource");
    }

    @Test
    void whatDoesNotParseIsLeftToTheResource() {
        String site = newSite();
        double before = hits();
        given().get("/api/v1/sites/{site}/content/not-a-number", site).then().statusCode(greaterThanOrEqualTo(400));
        given().get("/api/v1/sites/{site}/content?size=many", site).then().statusCode(greaterThanOrEqualTo(400));
        given().get("/api/v1/sites/{site}/content?size=1000", site).then().statusCode(400);
        given().get("/api/v1/sites/no-such-site/content/1").then().statusCode(404);
        assertEquals(before, hits());
    }
}
