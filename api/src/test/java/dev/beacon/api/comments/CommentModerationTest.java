package dev.beacon.api.comments;

import static dev.beacon.api.comments.CommentFixtures.PROBLEM;
import static dev.beacon.api.comments.CommentFixtures.article;
import static dev.beacon.api.comments.CommentFixtures.comment;
import static dev.beacon.api.comments.CommentFixtures.site;
import static dev.beacon.api.comments.CommentFixtures.unchanged;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reports with automatic hiding, and what moderators do. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class CommentModerationTest {

    private static final String LIST = "/api/v1/sites/{site}/content/{id}/comments";
    private static final String REPORT = "/api/v1/sites/{site}/comments/{id}/reports";
    private static final String MANAGE = "/api/v1/manage/sites/{site}/comments";

    @Inject
    AgroalDataSource db;

    @Test
    void reachingTheReportThresholdHidesACommentUntilAModeratorApprovesIt() {
        String site = site("\"comments\":{\"reportThreshold\":2}");
        long item = article(site, null);
        long mean = comment(site, People.withAlias(site), item, "you are all slow");
        report(site, People.withAlias(site), mean, "{\"reason\":\"bullying\",\"note\":\"he said \\\"slow\\\"\"}", 201);
        given().get(LIST, site, item).then().body("items.id", contains((int) mean));
        report(site, People.withAlias(site), mean, "{\"reason\":\"offensive\"}", 201);
        given().get(LIST, site, item).then().body("items", hasSize(0)).body("totalItems", equalTo(0));

        Staff.staff()
                .get(MANAGE + "?state=reported", site)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo((int) mean))
                .body("items[0].state", equalTo("hidden"))
                .body("items[0].reportCount", equalTo(2))
                .body("items[0].reasons.bullying", equalTo(1))
                .body("items[0].reports.note", hasItem("he said \"slow\""));
        Staff.staff()
                .post(MANAGE + "/{id}/approve", site, mean)
                .then()
                .statusCode(200)
                .body("state", equalTo("visible"))
                .body("approved", equalTo(true))
                .body("moderatedBy", equalTo("ada"));
        // Approved: more reports no longer hide it, and it leaves the reported queue.
        report(site, People.withAlias(site), mean, "{\"reason\":\"spam\"}", 201);
        given().get(LIST, site, item).then().body("items.id", contains((int) mean));
        Staff.staff().get(MANAGE + "?state=reported", site).then().body("items", hasSize(0));
    }

    @Test
    void manyReportsAtOnceAreAllCountedAndHideTheCommentOnce() throws Exception {
        String site = site("\"comments\":{\"reportThreshold\":3}");
        long item = article(site, null);
        long target = comment(site, People.withAlias(site), item, "report me");
        List<String> reporters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reporters.add(People.withAlias(site));
        }
        String twice = reporters.get(0);
        List<Callable<Integer>> calls = new ArrayList<>();
        reporters.forEach(r -> calls.add(() -> People.as(r)
                .body("{\"reason\":\"spam\"}")
                .post(REPORT, site, target)
                .statusCode()));
        calls.add(() -> People.as(twice)
                .body("{\"reason\":\"other\"}")
                .post(REPORT, site, target)
                .statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(8, Db.count(db, "SELECT count(*) FROM comment_report WHERE comment_id = " + target));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM comment WHERE state = 'hidden' AND id = " + target));
        given().get(LIST, site, item).then().body("items", hasSize(0));
    }

    @Test
    void badReportsAreRefusedWithTheirTypeAndChangeNothing() {
        String site = site("");
        long item = article(site, null);
        String person = People.withAlias(site);
        long target = comment(site, People.withAlias(site), item, "hello");
        report(site, person, target, "{\"reason\":\"spam\"}", 201);
        long foreign = foreignComment();
        String off = site("\"features\":{\"comments\":false}");
        unchanged(db, () -> {
            People.as(person)
                    .body("{}")
                    .post(REPORT, site, target)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"))
                    .body("errors[0].field", equalTo("reason"));
            People.as(person)
                    .body("{\"reason\":\"boring\"}")
                    .post(REPORT, site, target)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            People.as(person)
                    .body("{\"reason\":\"other\",\"note\":\"" + "x".repeat(501) + "\"}")
                    .post(REPORT, site, target)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("note"));
            People.as(person)
                    .body("{\"reason\":\"offensive\"}")
                    .post(REPORT, site, target)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo(PROBLEM + "already-done"));
            People.as(person)
                    .body("{\"reason\":\"spam\"}")
                    .post(REPORT, site, foreign)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "not-found"));
            People.as(person)
                    .body("{\"reason\":\"spam\"}")
                    .post(REPORT, off, target)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "feature-off"));
        });
        // A deleted comment can no longer be reported.
        Staff.staff()
                .post(MANAGE + "/{id}/delete", site, target)
                .then()
                .statusCode(200)
                .body("state", equalTo("deleted"));
        String late = People.withAlias(site);
        unchanged(
                db,
                () -> People.as(late)
                        .body("{\"reason\":\"spam\"}")
                        .post(REPORT, site, target)
                        .then()
                        .statusCode(404)
                        .body("type", equalTo(PROBLEM + "not-found")));
    }

    @Test
    void moderatorsHideAndDeleteAndTheThreadKeepsItsShape() {
        String site = site("");
        long item = article(site, null);
        String ana = People.withAlias(site);
        long top = comment(site, ana, item, "top");
        long reply = comment(site, People.withAlias(site), item, "a kind reply", top);
        long rude = comment(site, ana, item, "rude words", reply);

        String before =
                given().get(LIST, site, item).then().statusCode(200).extract().header("ETag");
        Staff.staff()
                .post(MANAGE + "/{id}/hide", site, top)
                .then()
                .statusCode(200)
                .body("state", equalTo("hidden"));
        given().header("If-None-Match", before).get(LIST, site, item).then().statusCode(200);
        Staff.staff()
                .post(MANAGE + "/{id}/delete", site, rude)
                .then()
                .statusCode(200)
                .body("state", equalTo("deleted"));
        // The hidden top-level comment holds the visible reply as a placeholder; the deleted leaf is gone.
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo((int) top))
                .body("items[0].removed", equalTo(true))
                .body("items[0].text", org.hamcrest.Matchers.nullValue())
                .body("items[0].author", org.hamcrest.Matchers.nullValue())
                .body("items[0].replies.id", contains((int) reply))
                .body(not(org.hamcrest.Matchers.containsString("rude words")))
                .body(not(org.hamcrest.Matchers.containsString("\"top\"")));
        // Moderators still read what was deleted.
        Staff.staff()
                .get(MANAGE + "?state=deleted", site)
                .then()
                .statusCode(200)
                .body("items.text", contains("rude words"));
        Staff.staff().get(MANAGE + "?state=hidden", site).then().body("items.id", contains((int) top));
        Staff.staff().get(MANAGE + "?state=visible", site).then().body("items.id", contains((int) reply));
    }

    @Test
    void moderatorsReplyUnderTheSiteModeratorNameWithTheirOwnWordsOrACannedResponse() {
        String site = site("""
                "comments":{"moderatorName":"Equipa","cannedResponses":[{"key":"be-kind","text":{"en":"Please be kind.","pt":"Sê gentil, por favor."}}]}""");
        long item = article(site, null);
        long question = comment(site, People.withAlias(site), item, "who can help me?");
        Staff.staff()
                .body("{\"text\":\"Call the helpline on 0800 123 456 <free>\"}")
                .post(MANAGE + "/{id}/replies", site, question)
                .then()
                .statusCode(201)
                .body("moderator", equalTo(true))
                .body("author", equalTo("Equipa"))
                .body("html", equalTo("Call the helpline on 0800 123 456 &lt;free&gt;"));
        Staff.staff()
                .body("{\"cannedResponse\":\"be-kind\",\"locale\":\"pt-BR\"}")
                .post(MANAGE + "/{id}/replies", site, question)
                .then()
                .statusCode(201)
                .body("text", equalTo("Sê gentil, por favor."));
        given().get(LIST, site, item)
                .then()
                .body("items[0].replies.author", contains("Equipa", "Equipa"))
                .body("items[0].replies.moderator", contains(true, true));
        unchanged(db, () -> {
            Staff.staff()
                    .body("{}")
                    .post(MANAGE + "/{id}/replies", site, question)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEM + "validation"));
            Staff.staff()
                    .body("{\"text\":\"hi\",\"cannedResponse\":\"be-kind\"}")
                    .post(MANAGE + "/{id}/replies", site, question)
                    .then()
                    .statusCode(400);
            Staff.staff()
                    .body("{\"cannedResponse\":\"no-such\"}")
                    .post(MANAGE + "/{id}/replies", site, question)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("cannedResponse"));
            Staff.staff()
                    .body("{\"text\":\"" + "x".repeat(2001) + "\"}")
                    .post(MANAGE + "/{id}/replies", site, question)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("text"));
            Staff.staff()
                    .body("{\"text\":\"hi\"}")
                    .post(MANAGE + "/{id}/replies", otherSite(), question)
                    .then()
                    .statusCode(404);
            Staff.staff()
                    .post(MANAGE + "/{id}/hide", otherSite(), question)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEM + "not-found"));
            Staff.staff()
                    .get(MANAGE + "?state=lost", site)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("state"));
        });
    }

    private static String otherSiteSlug;

    private static synchronized String otherSite() {
        if (otherSiteSlug == null) {
            otherSiteSlug = site("");
        }
        return otherSiteSlug;
    }

    /** A comment on another site, for requests that name it on the wrong one. */
    private static long foreignComment() {
        String site = otherSite();
        long item = article(site, null);
        return CommentFixtures.comment(site, People.withAlias(site), item, "on another site");
    }

    @Test
    void aDecisionAgainstAnOldVersionIsRefusedAndTheHistorySaysWhoDidWhat() {
        String site = site("\"comments\":{\"reportThreshold\":1}");
        long item = article(site, null);
        long target = comment(site, People.withAlias(site), item, "look at me");
        report(site, People.withAlias(site), target, "{\"reason\":\"spam\"}", 201);
        // Hidden by the report: version 1, and the history says the reports did it.
        Staff.staff()
                .get(MANAGE + "/{id}", site, target)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("state", equalTo("hidden"));
        // Two moderators saw version 1: the first approval wins, the second is refused and changes nothing.
        Staff.staff()
                .header("If-Match", "\"1\"")
                .post(MANAGE + "/{id}/approve", site, target)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""));
        unchanged(
                db,
                () -> Staff.staff()
                        .header("If-Match", "\"1\"")
                        .post(MANAGE + "/{id}/delete", site, target)
                        .then()
                        .statusCode(412)
                        .body("type", equalTo(PROBLEM + "stale-version")));
        Staff.staff()
                .body("{\"text\":\"Please be kind\"}")
                .post(MANAGE + "/{id}/replies", site, target)
                .then()
                .statusCode(201);
        Staff.staff()
                .get(MANAGE + "/{id}/history", site, target)
                .then()
                .statusCode(200)
                .body("action", contains("hidden-by-reports", "approved", "replied"))
                .body("by", contains(null, "ada", "ada"))
                .body("[2].replyId", org.hamcrest.Matchers.notNullValue());
        // Without If-Match a decision is unconditional, as before.
        Staff.staff()
                .post(MANAGE + "/{id}/hide", site, target)
                .then()
                .statusCode(200)
                .body("version", equalTo(3));
    }

    private static void report(String site, String subject, long comment, String body, int status) {
        People.as(subject).body(body).post(REPORT, site, comment).then().statusCode(status);
    }
}
