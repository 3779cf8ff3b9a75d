package dev.beacon.api.comments;

import static dev.beacon.api.comments.CommentFixtures.article;
import static dev.beacon.api.comments.CommentFixtures.comment;
import static dev.beacon.api.comments.CommentFixtures.count;
import static dev.beacon.api.comments.CommentFixtures.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
        People.as(person)
                .get("/api/v1/sites/{site}/me/export", site)
                .then()
                .statusCode(200)
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
        String alias = People.as(person)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .extract()
                .path("alias");
        long profile = People.as(person)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        String other = People.withAlias(site);
        long theirs = comment(site, other, item, "their words");
        long mine = comment(site, person, item, "kept words", theirs);
        comment(site, other, item, "thanks", mine);
        People.as(person)
                .body("{\"reason\":\"other\"}")
                .post("/api/v1/sites/{site}/comments/{id}/reports", site, theirs)
                .then()
                .statusCode(201);
        long comments = count(db, "comment");

        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        assertEquals(comments, count(db, "comment"));
        given().get(LIST, site, item)
                .then()
                .statusCode(200)
                .body("items[0].replies.text", contains("kept words", "thanks"))
                .body("items[0].replies[0].author", nullValue())
                .body("items[0].replies[0].removed", equalTo(false));
        assertEquals(List.of(), tablesContaining(alias));
        assertEquals(0, count(db, "SELECT count(*) FROM comment WHERE profile_id = " + profile));
        assertEquals(0, count(db, "SELECT count(*) FROM comment_report WHERE profile_id = " + profile));
        assertEquals(0, count(db, "SELECT count(*) FROM notification WHERE profile_id = " + profile));
    }

    @Test
    void deletingErasureRemovesTheWordsAndKeepsOthersRepliesUnderAPlaceholder() throws SQLException {
        String site = site("\"community\":{\"writingOnErasure\":\"delete\"}");
        long item = article(site, null);
        String person = People.withAlias(site);
        String alias = People.as(person)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .extract()
                .path("alias");
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
        assertEquals(List.of(), tablesContaining("erase me"));
        assertEquals(List.of(), tablesContaining("my own follow-up"));
        assertEquals(List.of(), tablesContaining(alias));
        People.as(other)
                .get("/api/v1/sites/{site}/me/notifications", site)
                .then()
                .body("items", hasSize(0));
    }

    /** Every text-like column of every table, searched for the value. */
    private List<String> tablesContaining(String value) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')""")) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] col : columns) {
                String sql =
                        "SELECT count(*) FROM \"" + col[0] + "\" WHERE \"" + col[1] + "\"::text ILIKE '%' || ? || '%'";
                try (var ps = c.prepareStatement(sql)) {
                    ps.setString(1, value);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            hits.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
