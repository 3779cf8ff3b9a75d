package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class ContentManageResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String TRANSLATION = "/api/v1/manage/sites/{site}/content/{id}/translations/{locale}";

    @Inject
    AgroalDataSource db;

    @Test
    void everySaveIsARevisionAndRestoreAddsOneWithoutRewritingHistory() {
        String site = newSite();
        long id = newItem(site, "article", null, "First title", "story", paragraph("one"));
        staff().body("{\"title\":\"Second title\",\"slug\":\"story\",\"body\":" + paragraph("two") + "}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(200)
                .body("currentRevision", equalTo(2));

        staff().get(TRANSLATION + "/revisions", site, id, "en")
                .then()
                .statusCode(200)
                .body("number", contains(2, 1))
                .body("title", contains("Second title", "First title"));
        staff().get(TRANSLATION + "/revisions/1", site, id, "en").then().body("body[0].markdown", equalTo("one"));

        staff().post(TRANSLATION + "/revisions/1/restore", site, id, "en")
                .then()
                .statusCode(200)
                .body("title", equalTo("First title"))
                .body("currentRevision", equalTo(3));
        staff().get(TRANSLATION + "/revisions", site, id, "en")
                .then()
                .body("number", contains(3, 2, 1))
                .body("note[0]", equalTo("Restored from revision 1"))
                .body("title[1]", equalTo("Second title"));
    }

    @Test
    void revisionsCannotBeChangedEvenInTheDatabase() throws SQLException {
        String site = newSite();
        newItem(site, "article", null, "Fixed", "fixed", null);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("UPDATE content_revision SET title = 'changed' WHERE title = 'Fixed'"));
            assertTrue(e.getMessage().contains("immutable"), e.getMessage());
        }
    }

    @Test
    void staleTranslationWriteGets412AndChangesNothing() {
        String site = newSite();
        long id = newItem(site, "article", null, "Original", "original", null);
        String etag = staff().get(TRANSLATION, site, id, "en").then().extract().header("ETag");
        staff().header("If-Match", etag)
                .body("{\"title\":\"Mine\",\"slug\":\"original\"}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(200);
        staff().header("If-Match", etag)
                .body("{\"title\":\"Theirs\",\"slug\":\"original\"}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEM + "stale-version"));
        staff().get(TRANSLATION, site, id, "en")
                .then()
                .body("title", equalTo("Mine"))
                .body("currentRevision", equalTo(2));
        // The body's version works like If-Match.
        staff().body("{\"title\":\"Theirs\",\"slug\":\"original\",\"version\":0}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(412);
    }

    @Test
    void validationNamesEachInvalidFieldAndSavesNothing() {
        String site = newSite();
        long id = newItem(site, "article", null, "Valid", "valid", null);
        staff().body("""
                {"title":"","slug":"Not A Slug","tags":[""],"body":[{"type":"paragraph","markdown":""},{"type":"image","src":"javascript:alert(1)","alt":"x"}]}
                """)
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItems("title", "slug", "tags[0]", "body[0].markdown", "body[1].src"));
        staff().get(TRANSLATION, site, id, "en")
                .then()
                .body("title", equalTo("Valid"))
                .body("currentRevision", equalTo(1));
    }

    @Test
    void unknownBlockTypeAndWrongTypesAreValidationErrors() {
        String site = newSite();
        long id = newItem(site, "article", null, "Valid", "valid", null);
        staff().body("{\"title\":\"T\",\"slug\":\"t\",\"body\":[{\"type\":\"video\",\"src\":\"x\"}]}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body("{\"title\":\"T\",\"slug\":\"t\",\"tags\":\"not-a-list\"}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(400)
                .body("errors.field", contains("tags"));
    }

    @Test
    void malformedJsonIs400WithoutStackTrace() {
        String site = newSite();
        staff().body("{\"type\": \"article\",")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "malformed-request"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void unknownIdsAndOtherSitesItemsAre404() {
        String site = newSite();
        String other = newSite();
        long id = newItem(other, "article", null, "Theirs", "theirs", null);
        staff().get("/api/v1/manage/sites/{site}/content/{id}", site, id)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        staff().get("/api/v1/manage/sites/{site}/content/{id}", site, 999_999_999)
                .then()
                .statusCode(404);
        staff().get("/api/v1/manage/sites/nope-nope/content")
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
    }

    @Test
    void rejectsALocaleTheSiteDoesNotHave() {
        String site = newSite();
        long id = newItem(site, "article", null, "Valid", "valid", null);
        staff().body("{\"title\":\"Hola\",\"slug\":\"hola\"}")
                .put(TRANSLATION, site, id, "es")
                .then()
                .statusCode(400)
                .body("errors.field", contains("locale"));
    }

    @Test
    void treeRulesAreEnforced() {
        String site = newSite();
        long section = newItem(site, "section", null, "Section", "section", null);
        long child = newItem(site, "section", section, "Child", "child", null);
        long article = newItem(site, "article", section, "Article", "article", null);
        staff().body("{\"type\":\"article\",\"parentId\":" + article + "}")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(400)
                .body("errors.field", contains("parentId"));
        staff().body("{\"parentId\":" + child + "}")
                .put("/api/v1/manage/sites/{site}/content/{id}", site, section)
                .then()
                .statusCode(400)
                .body("errors.field", contains("parentId"));
        // Two siblings cannot share a slug in one locale, or paths would be ambiguous.
        staff().body("{\"type\":\"article\",\"parentId\":" + section
                        + ",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"Dup\",\"slug\":\"article\"}}}")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(409);
        staff().get("/api/v1/manage/sites/{site}/content?parentId={p}", site, section)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains((int) child, (int) article));
    }

    @Test
    void listFindsItemsByWordsOfATitleAndByTagInAnyTranslation() {
        String site = newSite();
        long water = newItem(site, "article", null, "Clean WATER at school", "water", null);
        long rain = newItem(site, "article", null, "Rain 100% of days", "rain", null);
        newItem(site, "article", null, "Football", "football", null);
        staff().body("{\"title\":\"Futebol\",\"slug\":\"futebol\",\"tags\":[\"sport\",\"youth\"]}")
                .put(TRANSLATION, site, water, "pt")
                .then()
                .statusCode(201);
        staff().get("/api/v1/manage/sites/{site}/content?q={q}", site, "water")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) water));
        staff().get("/api/v1/manage/sites/{site}/content?q={q}", site, "FUTEB")
                .then()
                .body("items.id", contains((int) water));
        // % is a character to find, not a wildcard
        staff().get("/api/v1/manage/sites/{site}/content?q={q}", site, "100%")
                .then()
                .body("items.id", contains((int) rain));
        staff().get("/api/v1/manage/sites/{site}/content?q={q}", site, "%")
                .then()
                .body("items.id", contains((int) rain));
        staff().get("/api/v1/manage/sites/{site}/content?tag={t}", site, "youth")
                .then()
                .body("totalItems", equalTo(1))
                .body("items.id", contains((int) water));
        staff().get("/api/v1/manage/sites/{site}/content?tag={t}&q={q}", site, "youth", "rain")
                .then()
                .body("totalItems", equalTo(0));
        staff().get("/api/v1/manage/sites/{site}/content?q={q}", site, "x".repeat(101))
                .then()
                .statusCode(400)
                .body("errors.field", contains("q"));
    }

    @Test
    void publishingRecordsWhichRevisionIsLiveAndUnpublishWithdrawsIt() {
        String site = newSite();
        long id = newItem(site, "article", null, "Live", "live", paragraph("v1"));
        publish(site, id, "en");
        staff().body("{\"title\":\"Live v2\",\"slug\":\"live\"}")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(200);
        staff().get(TRANSLATION, site, id, "en")
                .then()
                .body("status", equalTo("published"))
                .body("publishedRevision", equalTo(1))
                .body("currentRevision", equalTo(2));
        staff().get(TRANSLATION + "/revisions", site, id, "en").then().body("published", contains(false, true));
        given().get("/api/v1/sites/{site}/content/{id}", site, id).then().body("title", equalTo("Live"));

        staff().post(TRANSLATION + "/unpublish", site, id, "en")
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("publishedRevision", nullValue());
        given().get("/api/v1/sites/{site}/content/{id}", site, id).then().statusCode(404);
        staff().post(TRANSLATION + "/unpublish", site, id, "en").then().statusCode(409);
    }

    /** Found by ContractFuzzTest: the contract requires a body (`{}` publishes now); a JSON null or none is a 400. */
    @Test
    void publishWithoutABodyIsRefusedAndPublishesNothing() {
        String site = newSite();
        long id = newItem(site, "article", null, "Nobody", "nobody", null);
        for (String body : new String[] {"null", ""}) {
            staff().body(body)
                    .post(TRANSLATION + "/publish", site, id, "en")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://beacon.dev/problems/validation"));
        }
        staff().get(TRANSLATION, site, id, "en").then().body("status", equalTo("draft"));
        given().get("/api/v1/sites/{site}/content/{id}", site, id).then().statusCode(404);
    }

    @Test
    void publishRejectsWindowsThatMakeNoSense() {
        String site = newSite();
        long id = newItem(site, "article", null, "Window", "window", null);
        staff().body("{\"liveFrom\":\"2030-01-02T00:00:00Z\",\"liveUntil\":\"2030-01-01T00:00:00Z\"}")
                .post(TRANSLATION + "/publish", site, id, "en")
                .then()
                .statusCode(400)
                .body("errors.field", contains("liveUntil"));
        staff().body("{\"liveUntil\":\"2001-01-01T00:00:00Z\"}")
                .post(TRANSLATION + "/publish", site, id, "en")
                .then()
                .statusCode(400)
                .body("errors.field", contains("liveUntil"));
        staff().body("{\"revision\":7}")
                .post(TRANSLATION + "/publish", site, id, "en")
                .then()
                .statusCode(404);
        staff().get(TRANSLATION, site, id, "en").then().body("status", equalTo("draft"));
    }

    @Test
    void listsAreEnvelopedAndSizesCapped() {
        String site = newSite();
        for (int i = 0; i < 3; i++) {
            newItem(site, "article", null, "A" + i, "a" + i, null);
        }
        staff().get("/api/v1/manage/sites/{site}/content?size=2", site)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        staff().get("/api/v1/manage/sites/{site}/content?size=1000", site)
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT count(*) FROM content_item i JOIN site s ON s.id = i.site_id WHERE s.slug = '" + site
                                + "'")) {
            r.next();
            assertEquals(3, r.getInt(1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "route-not-found"));
        staff().delete("/api/v1/manage/sites")
                .then()
                .statusCode(405)
                .body("type", equalTo(PROBLEM + "method-not-allowed"));
    }
}
