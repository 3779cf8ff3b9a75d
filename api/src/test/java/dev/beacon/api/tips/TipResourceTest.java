package dev.beacon.api.tips;

import static dev.beacon.api.testing.Staff.staff;
import static dev.beacon.api.tips.CommunitySites.rows;
import static dev.beacon.api.tips.CommunitySites.settings;
import static dev.beacon.api.tips.CommunitySites.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.DatabaseTest;
import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class TipResourceTest extends DatabaseTest {

    private static final String TIPS = "/api/v1/sites/{site}/tips";
    private static final String MANAGE = "/api/v1/manage/sites/{site}/tips";

    @Test
    void aTipIsPublicOnlyOnceAModeratorPublishesItAndNeverShowsWhoSentIt() {
        String site = Staff.newSite();
        String person = People.withAlias(site);
        long id = People.as(person)
                .body("{\"text\":\"Drink water before exams\",\"displayName\":\"Ana\",\"locale\":\"pt\"}")
                .post(TIPS, site)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("state", equalTo("submitted"))
                .body("text", equalTo("Drink water before exams"))
                .extract()
                .jsonPath()
                .getLong("id");
        given().get(TIPS, site).then().statusCode(200).body("items", empty());

        staff().post(MANAGE + "/{tip}/publish", site, id).then().statusCode(200).body("state", equalTo("published"));

        String etag = given().get(TIPS, site)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public, max-age="))
                .body("items.text", contains("Drink water before exams"))
                .body("items[0].displayName", equalTo("Ana"))
                .body("items[0].helpful", equalTo(0))
                .body("items[0]", not(hasKey("profileId")))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(TIPS, site).then().statusCode(304);
        // A Portuguese reader sees it; an English reader (chain en) does not.
        given().queryParam("locale", "pt-BR").get(TIPS, site).then().body("items.id", contains((int) id));
        given().queryParam("locale", "en").get(TIPS, site).then().body("items", empty());
        People.as(person)
                .get("/api/v1/sites/{site}/me/tips", site)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("state", contains("published"));
    }

    @Test
    void aStoredScriptComesBackAsTextAndOnlyEverEscapedAsMarkup() {
        String site = Staff.newSite();
        String text = "<script>alert('x')</script> & \"quotes\"";
        long id = tip(site, People.withAlias(site), text);
        staff().post(MANAGE + "/{tip}/publish", site, id).then().statusCode(200);
        given().get(TIPS, site)
                .then()
                .body("items[0].text", equalTo(text))
                .body(
                        "items[0].html",
                        equalTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    }

    @Test
    void featuredTipsComeFirstThenTheNewestAndOnlyPublishedTipsCanBeFeatured() {
        String site = Staff.newSite();
        long first = publishedTip(site, "First tip");
        long second = publishedTip(site, "Second tip");
        long draft = tip(site, People.withAlias(site), "Not yet");
        given().get(TIPS, site).then().body("items.id", contains((int) second, (int) first));

        staff().post(MANAGE + "/{tip}/feature", site, draft)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "conflict"));
        staff().post(MANAGE + "/{tip}/feature", site, first)
                .then()
                .statusCode(200)
                .body("featured", equalTo(true));
        given().get(TIPS, site)
                .then()
                .body("items.id", contains((int) first, (int) second))
                .body("items[0].featured", equalTo(true));

        staff().post(MANAGE + "/{tip}/reject", site, first)
                .then()
                .statusCode(200)
                .body("featured", equalTo(false));
        given().get(TIPS, site).then().body("items.id", contains((int) second));
        staff().queryParam("state", "submitted")
                .get(MANAGE, site)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) draft))
                .body("totalItems", equalTo(1));
        staff().queryParam("state", "nonsense")
                .get(MANAGE, site)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
    }

    @Test
    void aPersonMarksAPublishedTipHelpfulOnceAndTheCountIsPublic() {
        String site = Staff.newSite();
        long unpublished = tip(site, People.withAlias(site), "Still in the queue");
        long id = publishedTip(site, "Sleep eight hours");
        String person = People.withAlias(site);

        String before = rows(db, site);
        helpful(site, unpublished, person).statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
        assertEquals(before, rows(db, site));

        helpful(site, id, person)
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("helpful", equalTo(1));
        String after = rows(db, site);
        helpful(site, id, person).statusCode(409).body("type", equalTo(PROBLEM + "already-done"));
        assertEquals(after, rows(db, site));
        helpful(site, id, People.withAlias(site)).statusCode(201).body("helpful", equalTo(2));
        given().get(TIPS, site).then().body("items[0].helpful", equalTo(2));
    }

    @Test
    void badTipsAreRefusedWithTheirProblemTypeAndChangeNothing() {
        String site = site("{\"bannedWords\":[\"idiot\"]}");
        String other = Staff.newSite();
        long elsewhere = publishedTip(other, "A tip of another site");
        String person = People.withAlias(site);
        String before = rows(db, site);
        String otherBefore = rows(db, other);

        refused(person, site, "{\"displayName\":\"Ana\"}", 400, "validation");
        refused(person, site, "{\"text\":\"" + "x".repeat(141) + "\"}", 400, "validation");
        refused(person, site, "{\"text\":\"ok\",\"displayName\":\"" + "n".repeat(41) + "\"}", 400, "validation");
        refused(person, site, "{\"text\":{\"nested\":true}}", 400, "validation");
        refused(person, site, "{\"text\":\"ok\",\"locale\":\"fr\"}", 400, "validation");
        refused(person, site, "{\"text\":\"call me on 082 123 4567\"}", 422, "banned-text");
        refused(person, site, "{\"text\":\"fine\",\"displayName\":\"idiot\"}", 422, "banned-text");
        helpful(site, elsewhere, person).statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
        assertEquals(before, rows(db, site));
        assertEquals(otherBefore, rows(db, other));
    }

    @Test
    void aSiteWithTipsTurnedOffAnswersFeatureOffAndChangesNothing() {
        String site = site("{}");
        long id = publishedTip(site, "Before the switch");
        settings(site, "{\"features\":{\"tips\":false}}");
        String person = People.withAlias(site);
        String before = rows(db, site);
        refused(person, site, "{\"text\":\"ok\"}", 404, "feature-off");
        helpful(site, id, person).statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        given().get(TIPS, site).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        assertEquals(before, rows(db, site));
    }

    @Test
    void tipsAreLimitedPerPersonAndTheRefusalSaysWhenToRetry() {
        String site = site("{\"community\":{\"tips\":{\"count\":2,\"perSeconds\":3600}}}");
        String person = People.withAlias(site);
        tip(site, person, "One");
        tip(site, person, "Two");
        String before = rows(db, site);
        People.as(person)
                .body("{\"text\":\"Three\"}")
                .post(TIPS, site)
                .then()
                .statusCode(429)
                .body("type", equalTo(PROBLEM + "rate-limited"))
                .header("Retry-After", notNullValue());
        assertEquals(before, rows(db, site));
        // Another person is not held back by the first one's limit.
        tip(site, People.withAlias(site), "Someone else");
    }

    @Test
    void anEditorTurnsATipIntoOneDraftArticleCreditedToItsDisplayName() {
        String site = Staff.newSite();
        long section = Staff.newItem(site, "section", null, "Tips", "tips", null);
        long id = tip(site, People.withAlias(site), "Use *stars* and <b>tags</b> freely", "Zed");
        long article = staff().body("{\"parentId\":" + section + ",\"locale\":\"en\"}")
                .post(MANAGE + "/{tip}/article", site, id)
                .then()
                .statusCode(201)
                .body("tipId", equalTo((int) id))
                .extract()
                .jsonPath()
                .getLong("itemId");
        staff().get("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, article)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("title", equalTo("Use *stars* and <b>tags</b> freely"))
                .body("body[0].type", equalTo("quote"))
                .body("body[0].attribution", equalTo("Zed"));
        staff().get(MANAGE, site).then().body("items[0].articleId", equalTo((int) article));
        given().get("/api/v1/sites/{site}/content/{id}", site, article).then().statusCode(404);

        String before = rows(db, site);
        staff().body("{\"parentId\":" + section + "}")
                .post(MANAGE + "/{tip}/article", site, id)
                .then()
                .statusCode(409);
        staff().body("{}")
                .post(MANAGE + "/{tip}/article", site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        assertEquals(before, rows(db, site));

        // Published, the quote shows the tip as written: Markdown and HTML in it stay text.
        Staff.publish(site, section, "en");
        Staff.publish(site, article, "en");
        given().get("/api/v1/sites/{site}/content/{id}", site, article)
                .then()
                .statusCode(200)
                .body("body[0].html", containsString("Use *stars* and &lt;b&gt;tags&lt;/b&gt; freely"));
    }

    @Test
    void erasureUnderAnonymiseKeepsTipsWithoutAuthorAndHelpfulMarksAsCounts() {
        String site = site("{\"community\":{\"writingOnErasure\":\"anonymise\"}}");
        String leaver = People.withAlias(site);
        long own = tip(site, leaver, "Mine to keep", "Lee");
        staff().post(MANAGE + "/{tip}/publish", site, own).then().statusCode(200);
        long others = publishedTip(site, "Someone else's");
        People.as(leaver).post(TIPS + "/{tip}/helpful", site, others).then().statusCode(201);
        long profile = People.profileId(site, leaver);

        People.export(site, leaver)
                .body("activity.tips.tips.text", contains("Mine to keep"))
                .body("activity.tips.helpfulMarks.tipId", contains((int) others));

        People.as(leaver).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        given().get(TIPS, site)
                .then()
                .body("items.text", contains("Someone else's", "Mine to keep"))
                .body("items.find { it.id == " + others + " }.helpful", equalTo(1))
                .body("items.find { it.id == " + own + " }.displayName", nullValue());
        assertEquals(0, Db.count(db, "SELECT count(*) FROM tip WHERE profile_id = ?", profile));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM tip_helpful WHERE profile_id = ?", profile));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM tip WHERE id = ? AND display_name IS NOT NULL", own));
    }

    @Test
    void erasureUnderDeleteRemovesThePersonsTipsButKeepsTheirHelpfulMarksAsCounts() {
        String site = site("{\"community\":{\"writingOnErasure\":\"delete\"}}");
        String leaver = People.withAlias(site);
        long own = tip(site, leaver, "Gone with me");
        long others = publishedTip(site, "Stays");
        People.as(leaver).post(TIPS + "/{tip}/helpful", site, others).then().statusCode(201);
        People.as(leaver).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM tip WHERE id = ?", own));
        given().get(TIPS, site).then().body("items.text", contains("Stays")).body("items[0].helpful", equalTo(1));
        assertEquals(
                1, Db.count(db, "SELECT count(*) FROM tip_helpful WHERE tip_id = ? AND profile_id IS NULL", others));
    }

    @Test
    void graphqlListsPublishedTipsAndSendsATipForThePersonTheChannelNames() {
        String site = Staff.newSite();
        publishedTip(site, "Breathe slowly");
        given().contentType("application/json")
                .body(Map.of(
                        "query",
                        "query($s:String!){ tips(site:$s){ totalItems items { text html helpful } } }",
                        "variables",
                        Map.of("s", site)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.tips.items.text", contains("Breathe slowly"))
                .body("data.tips.totalItems", equalTo(1));

        String person = People.withAlias(site);
        String mutation =
                "mutation($s:String!,$t:String!){ submitTip(site:$s, text:$t, displayName:\"G\"){ id state } }";
        People.as(person)
                .body(Map.of("query", mutation, "variables", Map.of("s", site, "t", "From GraphQL")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.submitTip.state", equalTo("submitted"));
        String before = rows(db, site);
        People.as(person)
                .body(Map.of("query", mutation, "variables", Map.of("s", site, "t", "ring 082 123 4567")))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "banned-text"));
        assertEquals(before, rows(db, site));
        People.as(person).get("/api/v1/sites/{site}/me/tips", site).then().body("text", contains("From GraphQL"));
    }

    private static void refused(String person, String site, String body, int status, String type) {
        People.as(person).body(body).post(TIPS, site).then().statusCode(status).body("type", equalTo(PROBLEM + type));
    }

    static long tip(String site, String person, String text) {
        return tip(site, person, text, null);
    }

    static long tip(String site, String person, String text, String displayName) {
        Map<String, Object> body =
                displayName == null ? Map.of("text", text) : Map.of("text", text, "displayName", displayName);
        return People.as(person)
                .body(body)
                .post(TIPS, site)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long publishedTip(String site, String text) {
        long id = tip(site, People.withAlias(site), text);
        staff().post(MANAGE + "/{tip}/publish", site, id).then().statusCode(200);
        return id;
    }

    /** A person marks a tip helpful; the answer, to check. */
    private static ValidatableResponse helpful(String site, long tip, String person) {
        return People.as(person).post(TIPS + "/{tip}/helpful", site, tip).then();
    }
}
