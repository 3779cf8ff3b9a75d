package dev.beacon.api.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import dev.beacon.api.testing.Names;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reply tells the person replied to, on whichever channel they use. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class NotificationResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String MINE = "/api/v1/sites/{site}/me/notifications";
    private static final String FEED = "/api/v1/sites/{site}/notifications";
    private static final String COMMENTS = "/api/v1/sites/{site}/content/{id}/comments";

    @Inject
    AgroalDataSource db;

    @Test
    void aReplyNotifiesTheAuthorOfTheCommentButNobodyOfTheirOwnReply() {
        String site = Staff.newSite();
        long item = article(site);
        String ana = People.withAlias(site);
        String ben = People.withAlias(site);
        String benAlias = People.aliasOf(site, ben);
        long question = comment(site, ana, item, "anyone?", null);
        comment(site, ana, item, "bump", question);
        long answer = comment(site, ben, item, "<b>me</b>", question);
        Staff.staff()
                .body("{\"text\":\"Welcome!\"}")
                .post("/api/v1/manage/sites/{site}/comments/{id}/replies", site, question)
                .then()
                .statusCode(201);

        JsonPath mine = People.as(ana)
                .get(MINE + "?unread=true", site)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("totalItems", equalTo(2))
                .body("items.kind", contains("reply", "reply"))
                .body("items.moderator", contains(true, false))
                .body("items[1].author", equalTo(benAlias))
                .body("items[1].text", equalTo("<b>me</b>"))
                .body("items[1].commentId", equalTo((int) answer))
                .body("items[1].inReplyToId", equalTo((int) question))
                .body("items[1].itemId", equalTo((int) item))
                .extract()
                .jsonPath();
        People.as(ben).get(MINE, site).then().body("totalItems", equalTo(0));

        People.as(ana)
                .body("{\"upTo\":" + mine.getLong("items[1].id") + "}")
                .post(MINE + "/read", site)
                .then()
                .statusCode(200)
                .body("marked", equalTo(1))
                .body("unread", equalTo(1));
        People.as(ana)
                .body("{\"upTo\":" + mine.getLong("items[0].id") + "}")
                .post(MINE + "/read", site)
                .then()
                .body("marked", equalTo(1))
                .body("unread", equalTo(0));
        People.as(ana).get(MINE + "?unread=true", site).then().body("items", hasSize(0));
        People.as(ana).get(MINE, site).then().body("items.read", contains(true, true));
    }

    @Test
    void channelAdaptersPickUpTheNotificationsOfTheirOwnPeopleAfterACursor() {
        String site = Staff.newSite();
        long item = article(site);
        String onMessenger = "messenger:" + UUID.randomUUID();
        People.as(onMessenger)
                .body("{\"alias\":\"" + Names.alias("m") + "\"}")
                .put("/api/v1/sites/{site}/me", site)
                .then()
                .statusCode(200);
        String onWeb = People.withAlias(site);
        long question = comment(site, onMessenger, item, "hello from messenger", null);
        long webQuestion = comment(site, onWeb, item, "hello from the web", null);
        comment(site, onWeb, item, "hi back", question);
        comment(site, onMessenger, item, "and to you", webQuestion);

        JsonPath feed = given().auth()
                .oauth2(People.clientToken("messenger"))
                .get(FEED, site)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo(onMessenger))
                .body("items[0].text", equalTo("hi back"))
                .extract()
                .jsonPath();
        String next = feed.getString("next");
        given().auth()
                .oauth2(People.clientToken("messenger"))
                .get(FEED + "?after=" + next, site)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("next", equalTo(next));
        given().auth()
                .oauth2(People.clientToken("web"))
                .get(FEED, site)
                .then()
                .statusCode(200)
                .body("items.subject", contains(onWeb))
                .body("items.text", contains("and to you"));

        given().auth()
                .oauth2(KeycloakTokens.passwordToken("ada"))
                .get(FEED, site)
                .then()
                .statusCode(403);
        given().get(FEED, site).then().statusCode(401);
        given().auth()
                .oauth2(People.clientToken("web"))
                .get(FEED + "?limit=1000", site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void badReadRequestsAreRefusedAndChangeNothing() throws Exception {
        String site = Staff.newSite();
        String person = People.withAlias(site);
        long before = unread();
        People.as(person)
                .body("{}")
                .post(MINE + "/read", site)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors[0].field", equalTo("upTo"));
        People.as(person)
                .body("{\"upTo\":\"all\"}")
                .post(MINE + "/read", site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("upTo"));
        People.as(person)
                .body("{\"upTo\":-1}")
                .post(MINE + "/read", site)
                .then()
                .statusCode(400);
        People.as(person)
                .body("{\"upTo\":1}")
                .post(MINE + "/read", "no-such-site")
                .then()
                .statusCode(404);
        assertEquals(before, unread());
    }

    private long unread() throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM notification WHERE read_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long article(String site) {
        String slug = "n-" + UUID.randomUUID().toString().substring(0, 8);
        long id = Staff.newItem(site, "article", null, "News", slug, null);
        Staff.publish(site, id, "en");
        return id;
    }

    private static long comment(String site, String subject, long item, String text, Long parent) {
        return People.as(subject)
                .body("{\"text\":\"" + text + "\"" + (parent == null ? "" : ",\"parentId\":" + parent) + "}")
                .post(COMMENTS, site, item)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
