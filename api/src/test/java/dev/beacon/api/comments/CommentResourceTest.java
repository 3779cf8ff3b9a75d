package dev.beacon.api.comments;

import static dev.beacon.api.comments.CommentFixtures.PROBLEM;
import static dev.beacon.api.comments.CommentFixtures.article;
import static dev.beacon.api.comments.CommentFixtures.body;
import static dev.beacon.api.comments.CommentFixtures.comment;
import static dev.beacon.api.comments.CommentFixtures.site;
import static dev.beacon.api.comments.CommentFixtures.unchanged;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** People comment through channels; everyone reads the visible comments of published items. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class CommentResourceTest {

    private static final String LIST = "/api/v1/sites/{site}/content/{id}/comments";

    @Inject
    AgroalDataSource db;

    @Test
    void aCommentIsDeliveredAsWrittenWithEscapedHtmlAndNoPersonalData() {
        String site = site("");
        long item = article(site, null);
        String author = People.withAlias(site);
        String alias = People.aliasOf(site, author);
        String script = "<script>alert(1)</script>\nbye & \"thanks\"";
        People.as(author)
                .body(body(script, null))
                .post(LIST, site, item)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("text", equalTo(script))
                .body("author", equalTo(alias));

        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public, max-age="))
                .header("ETag", notNullValue())
                .body("commenting.state", equalTo("open"))
                .body("items", hasSize(1))
                .body("items[0].text", equalTo(script))
                .body("items[0].html", equalTo("&lt;script&gt;alert(1)&lt;/script&gt;<br>bye &amp; &quot;thanks&quot;"))
                .body("items[0].author", equalTo(alias))
                .body("items[0].moderator", equalTo(false))
                .body(not(org.hamcrest.Matchers.containsString("profile")))
                .body(not(org.hamcrest.Matchers.containsString("report")));
    }

    @Test
    void repliesAreThreadedUnderTheirTopLevelCommentOldestFirst() {
        String site = site("");
        long item = article(site, null);
        String ana = People.withAlias(site);
        String ben = People.withAlias(site);
        long first = comment(site, ana, item, "first");
        long second = comment(site, ben, item, "second");
        long reply = comment(site, ben, item, "reply to first", first);
        long deeper = comment(site, ana, item, "reply to the reply", reply);
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains((int) second, (int) first))
                .body("items[1].replies.id", contains((int) reply, (int) deeper))
                .body("items[1].replies.parentId", contains((int) first, (int) reply))
                .body("items[0].replies", hasSize(0));
        given().queryParam("size", 1)
                .queryParam("page", 2)
                .get(LIST, site, item)
                .then()
                .body("items.id", contains((int) first))
                .body("totalPages", equalTo(2));
    }

    @Test
    void theEtagChangesWhenACommentIsAddedAndOtherwiseAnswers304() {
        String site = site("");
        long item = article(site, null);
        String person = People.withAlias(site);
        String before =
                given().get(LIST, site, item).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", before)
                .get(LIST, site, item)
                .then()
                .statusCode(304)
                .body(emptyString());
        comment(site, person, item, "news");
        String after = given().header("If-None-Match", before)
                .get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void commentingIsInheritedFromTheNearestSectionAndCanBeTimed() {
        String site = site("");
        long section = CommentFixtures.section(site);
        long item = article(site, section);
        String person = People.withAlias(site);
        String setting = "/api/v1/manage/sites/{site}/content/{id}/commenting";

        Staff.staff()
                .body("{\"state\":\"closed\"}")
                .put(setting, site, section)
                .then()
                .statusCode(200)
                .body("state", equalTo("closed"));
        Staff.staff()
                .get(setting, site, item)
                .then()
                .statusCode(200)
                .body("state", equalTo("inherit"))
                .body("effective.state", equalTo("closed"))
                .body("decidedBy", equalTo((int) section));
        given().get(LIST, site, item).then().body("commenting.state", equalTo("closed"));
        unchanged(
                db,
                () -> People.as(person)
                        .body(body("hello", null))
                        .post(LIST, site, item)
                        .then()
                        .statusCode(409)
                        .body("type", equalTo(PROBLEM + "not-open")));

        // The article overrides its section with a window that has not begun, then with one that has ended.
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Staff.staff()
                .body("{\"state\":\"open\",\"openFrom\":\"" + later + "\"}")
                .put(setting, site, item)
                .then()
                .statusCode(200)
                .body("effective.state", equalTo("closed"))
                .body("effective.opensAt", equalTo(later.toString()));
        unchanged(
                db,
                () -> People.as(person)
                        .body(body("too early", null))
                        .post(LIST, site, item)
                        .then()
                        .statusCode(409)
                        .body("type", equalTo(PROBLEM + "not-open")));
        Instant past = Instant.now().minus(1, ChronoUnit.DAYS);
        Staff.staff()
                .body("{\"state\":\"open\",\"openFrom\":\"" + past.minus(1, ChronoUnit.DAYS) + "\",\"openUntil\":\""
                        + past + "\"}")
                .put(setting, site, item)
                .then()
                .statusCode(200)
                .body("effective.state", equalTo("closed"));
        unchanged(
                db,
                () -> People.as(person)
                        .body(body("too late", null))
                        .post(LIST, site, item)
                        .then()
                        .statusCode(409)
                        .body("type", equalTo(PROBLEM + "not-open")));

        Staff.staff()
                .body("{\"state\":\"open\",\"openUntil\":\"" + later + "\"}")
                .put(setting, site, item)
                .then()
                .statusCode(200);
        given().get(LIST, site, item)
                .then()
                .body("commenting.state", equalTo("open"))
                .body("commenting.closesAt", equalTo(later.toString()));
        comment(site, person, item, "just in time");

        // Disabled hides the comments already there; inherit goes back to the section's (closed) state.
        Staff.staff()
                .body("{\"state\":\"disabled\"}")
                .put(setting, site, item)
                .then()
                .statusCode(200);
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("commenting.state", equalTo("disabled"))
                .body("items", hasSize(0));
        Staff.staff()
                .body("{\"state\":\"inherit\"}")
                .put(setting, site, item)
                .then()
                .statusCode(200)
                .body("state", equalTo("inherit"))
                .body("effective.state", equalTo("closed"));
        given().get(LIST, site, item).then().body("items", hasSize(1));
    }

    @Test
    void badCommentingSettingsAreRefusedAndChangeNothing() {
        String site = site("");
        long item = article(site, null);
        String setting = "/api/v1/manage/sites/{site}/content/{id}/commenting";
        unchanged(db, () -> {
            Staff.staff()
                    .body("{}")
                    .put(setting, site, item)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"));
            Staff.staff()
                    .body("{\"state\":\"maybe\"}")
                    .put(setting, site, item)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("state"));
            Staff.staff()
                    .body("{\"state\":\"closed\",\"openUntil\":\"2030-01-01T00:00:00Z\"}")
                    .put(setting, site, item)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"));
            Staff.staff()
                    .body(
                            "{\"state\":\"open\",\"openFrom\":\"2030-01-02T00:00:00Z\",\"openUntil\":\"2030-01-01T00:00:00Z\"}")
                    .put(setting, site, item)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("openUntil"));
            Staff.staff()
                    .body("{\"state\":\"closed\"}")
                    .put(setting, site(""), item)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "not-found"));
        });
    }

    @Test
    void badCommentsAreRefusedWithTheirTypeAndChangeNothing() {
        String site = site("\"bannedWords\":[\"estúpido\"]");
        long item = article(site, null);
        String person = People.withAlias(site);
        long visible = comment(site, person, item, "hello");
        long otherItem = article(site, null);
        long elsewhere = comment(site, person, otherItem, "elsewhere");
        unchanged(db, () -> {
            People.as(person)
                    .body("{}")
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"))
                    .body("errors[0].field", equalTo("text"));
            People.as(person)
                    .body(body("   ", null))
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("text"));
            People.as(person)
                    .body(body("x".repeat(2001), null))
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("text"));
            People.as(person)
                    .body("{\"text\":\"hi\",\"parentId\":\"first\"}")
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"))
                    .body("errors[0].field", equalTo("parentId"));
            People.as(person)
                    .body("{\"text\":\"hi\",\"mood\":1}")
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400);
            People.as(person)
                    .body(body("hi", elsewhere))
                    .post(LIST, site, item)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("parentId"));
            // Banned word written in Portuguese capitals without its accent: the author is told which field and why.
            refusedAsBannedText(person, site, item, "és mesmo estúpido!", null);
            refusedAsBannedText(person, site, item, "Que ESTUPIDO isto", null);
            refusedAsBannedText(person, site, item, "liga-me 082 123 4567", visible);
            // An item of another site, an unpublished item, and no such item: not found.
            long foreign = article(site(""), null);
            People.as(person)
                    .body(body("hi", null))
                    .post(LIST, site, foreign)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "not-found"));
            long draft = Staff.newItem(site, "article", null, "Draft", "draft-" + System.nanoTime(), null);
            People.as(person)
                    .body(body("hi", null))
                    .post(LIST, site, draft)
                    .then()
                    .statusCode(404);
            given().get(LIST, site, draft).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
        });
    }

    @Test
    void aPersonWithoutAnAliasIsAskedToChooseOne() {
        String site = site("");
        long item = article(site, null);
        String nobody = People.newPerson();
        People.as(nobody).get("/api/v1/sites/{site}/me", site).then().statusCode(200);
        unchanged(
                db,
                () -> People.as(nobody)
                        .body(body("hi", null))
                        .post(LIST, site, item)
                        .then()
                        .statusCode(409)
                        .body("type", equalTo(PROBLEM + "alias-required")));
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterAndWritesNothing() {
        String site = site("\"community\":{\"comments\":{\"count\":2,\"perSeconds\":3600}}");
        long item = article(site, null);
        String person = People.withAlias(site);
        comment(site, person, item, "one");
        comment(site, person, item, "two");
        unchanged(
                db,
                () -> People.as(person)
                        .body(body("three", null))
                        .post(LIST, site, item)
                        .then()
                        .statusCode(429)
                        .body("type", equalTo(PROBLEM + "rate-limited"))
                        .header("Retry-After", notNullValue()));
        given().get(LIST, site, item).then().body("totalItems", equalTo(2));
    }

    @Test
    void aSiteWithCommentsOffAnswersFeatureOffToReadsAndWrites() {
        String site = site("\"features\":{\"comments\":false}");
        long item = article(site, null);
        String person = People.withAlias(site);
        unchanged(db, () -> {
            People.as(person)
                    .body(body("hi", null))
                    .post(LIST, site, item)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "feature-off"));
            given().get(LIST, site, item).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        });
    }

    @Test
    void pollsAndCompetitionsTakeCommentsOnlyWhereTheSiteAllows() {
        String closed = site("");
        long poll = CommentFixtures.published(closed, "poll", null);
        given().get(LIST, closed, poll).then().statusCode(200).body("commenting.state", equalTo("disabled"));
        String open = site("\"comments\":{\"onPolls\":true}");
        long allowed = CommentFixtures.published(open, "poll", null);
        given().get(LIST, open, allowed).then().statusCode(200).body("commenting.state", equalTo("open"));
        comment(open, People.withAlias(open), allowed, "nice poll");
        long competition = CommentFixtures.published(open, "competition", null);
        given().get(LIST, open, competition).then().body("commenting.state", equalTo("disabled"));
        given().get(LIST, open, allowed)
                .then()
                .body("items[0].text", equalTo("nice poll"))
                .body("items[0].parentId", nullValue());
    }

    /** A comment (or a reply to {@code parent}) refused as banned-text, naming the text field. */
    private static void refusedAsBannedText(String person, String site, long item, String text, Long parent) {
        People.as(person)
                .body(body(text, parent))
                .post(LIST, site, item)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEM + "banned-text"))
                .body("errors[0].field", equalTo("text"));
    }
}
