package dev.beacon.api.comments;

import static dev.beacon.api.comments.CommentFixtures.article;
import static dev.beacon.api.comments.CommentFixtures.comment;
import static dev.beacon.api.comments.CommentFixtures.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Traces;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's comments in their export, and what erasure leaves of them under each of the site's policies. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class CommentErasureTest {

    private static final String LIST = "/api/v1/sites/{site}/content/{id}/comments";

    @Inject
    AgroalDataSource db;

    @Test
    void theExportListsThePersonsCommentsReportsAndNotifications() {
        String site = site("");
        long item = article(site, null);
        String person = People.withAlias(site);
        String other = People.withAlias(site);
        long mine = comment(site, person, item, "my own words");
        long theirs = comment(site, other, item, "their words");
        comment(site, other, item, "a reply to you", mine);
        People.as(person)
                .body("{\"reason\":\"spam\",\"note\":\"ads\"}")
                .post("/api/v1/sites/{site}/comments/{id}/reports", site, theirs)
                .then()
                .statusCode(201);
        People.export(site, person)
                .body("activity.comments.comments.text", contains("my own words"))
                .body("activity.comments.comments.id", contains((int) mine))
                .body("activity.comments.reports.commentId", contains((int) theirs))
                .body("activity.comments.reports.note", contains("ads"))
                .body("activity.notifications.text", contains("a reply to you"));
    }

    @Test
    void anonymisingErasureKeepsTheWordsWithoutTheAuthorAndNothingLinksBack() throws SQLException {
        String site = site("\"community\":{\"writingOnErasure\":\"anonymise\"}");
        long item = article(site, null);
        String person = People.withAlias(site);
        String alias = People.aliasOf(site, person);
        long profile = People.profileId(site, person);
        String other = People.withAlias(site);
        long theirs = comment(site, other, item, "their words");
        long mine = comment(site, person, item, "kept words", theirs);
        comment(site, other, item, "thanks", mine);
        People.as(person)
                .body("{\"reason\":\"other\"}")
                .post("/api/v1/sites/{site}/comments/{id}/reports", site, theirs)
                .then()
                .statusCode(201);
        long comments = Db.count(db, "comment");

        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        assertEquals(comments, Db.count(db, "comment"));
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("items[0].replies.text", contains("kept words", "thanks"))
                .body("items[0].replies[0].author", nullValue())
                .body("items[0].replies[0].removed", equalTo(false));
        assertEquals(List.of(), Traces.columnsContaining(db, alias));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM comment WHERE profile_id = " + profile));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM comment_report WHERE profile_id = " + profile));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM notification WHERE profile_id = " + profile));
    }

    @Test
    void deletingErasureRemovesTheWordsAndKeepsOthersRepliesUnderAPlaceholder() throws SQLException {
        String site = site("\"community\":{\"writingOnErasure\":\"delete\"}");
        long item = article(site, null);
        String person = People.withAlias(site);
        String alias = People.aliasOf(site, person);
        String other = People.withAlias(site);
        long answered = comment(site, person, item, "erase me but keep the thread");
        comment(site, person, item, "erase me entirely");
        long reply = comment(site, other, item, "a reply that stays", answered);
        comment(site, person, item, "my own follow-up", reply);
        long others = comment(site, other, item, "unrelated");

        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) others, (int) answered))
                .body("items[1].removed", equalTo(true))
                .body("items[1].text", nullValue())
                .body("items[1].replies.id", contains((int) reply))
                .body("items[1].replies.text", contains("a reply that stays"));
        assertEquals(List.of(), Traces.columnsContaining(db, "erase me"));
        assertEquals(List.of(), Traces.columnsContaining(db, "my own follow-up"));
        assertEquals(List.of(), Traces.columnsContaining(db, alias));
        People.as(other)
                .get("/api/v1/sites/{site}/me/notifications", site)
                .then()
                .body("items", hasSize(0));
    }
}
