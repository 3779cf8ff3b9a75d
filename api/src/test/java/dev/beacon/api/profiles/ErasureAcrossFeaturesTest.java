package dev.beacon.api.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.DemoSiteTest;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.Names;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Traces;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One person takes part in everything the demo site offers, through a channel, then asks to be erased. The site
 * keeps what they wrote without its author (its setting is "anonymise"), the counts stay exactly as they were, and
 * no column of any table holds their alias, identity or location any more.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class ErasureAcrossFeaturesTest extends DemoSiteTest {

    private static final String SITE = "/api/v1/sites/demo";

    @Test
    void erasingAPersonLeavesTheirCountsAndWordsButNothingThatLeadsBackToThem() throws SQLException {
        String subject = "whatsapp:2772" + (System.nanoTime() % 10_000_000);
        String alias = Names.alias("Gone");
        String marker = Names.alias("marker"); // letters only: random digits can add up to a phone number
        People.as(subject)
                .body("{\"alias\":\"" + alias + "\",\"location\":\"Khayelitsha\"}")
                .put(SITE + "/me")
                .then()
                .statusCode(200);

        long poll = id("/have-your-say/health-information-poll");
        long survey = id("/have-your-say/wellbeing-survey");
        long competition = id("/have-your-say/your-words");
        long article = id("/relationships/consent");
        int votesBefore = given().get(SITE + "/polls/{id}/results", poll)
                .then()
                .extract()
                .jsonPath()
                .getInt("total");

        People.as(subject)
                .body("{\"choices\":[\"friends\"]}")
                .post(SITE + "/polls/{id}/votes", poll)
                .then()
                .statusCode(201);
        People.as(subject)
                .body("{\"choice\":\"helpful\"}")
                .post(SITE + "/content/{id}/reactions", article)
                .then()
                .statusCode(201);
        People.as(subject)
                .body("{\"text\":\"Comment " + marker + "\"}")
                .post(SITE + "/content/{id}/comments", article)
                .then()
                .statusCode(201);
        People.as(subject)
                .body("{\"text\":\"Tip " + marker + "\"}")
                .post(SITE + "/tips")
                .then()
                .statusCode(201);
        People.as(subject)
                .body("{\"title\":\"Story " + marker + "\",\"text\":\"Once " + marker + "\",\"realName\":\"Thandi "
                        + alias + "\",\"hideRealName\":true,\"acceptTerms\":true}")
                .post(SITE + "/competitions/{id}/entries", competition)
                .then()
                .statusCode(201);
        People.as(subject)
                .post(SITE + "/surveys/{id}/submissions", survey)
                .then()
                .statusCode(201);
        People.as(subject)
                .body("{\"answers\":{\"feeling\":\"good\"}}")
                .post(SITE + "/surveys/{id}/submissions/current/answers", survey)
                .then()
                .statusCode(200);

        People.as(subject)
                .get(SITE + "/me/export")
                .then()
                .statusCode(200)
                .body("activity", hasKey("polls"))
                .body("activity", hasKey("reactions"))
                .body("activity", hasKey("comments"))
                .body("activity", hasKey("tips"))
                .body("activity", hasKey("stories"))
                .body("activity", hasKey("surveys"))
                .body("activity.comments.toString()", org.hamcrest.Matchers.containsString(marker));
        given().get(SITE + "/polls/{id}/results", poll).then().body("total", equalTo(votesBefore + 1));

        People.as(subject).delete(SITE + "/me").then().statusCode(204);

        given().get(SITE + "/polls/{id}/results", poll).then().body("total", equalTo(votesBefore + 1));
        given().get(SITE + "/content/{id}/comments?size=100", article)
                .then()
                .statusCode(200)
                .body("items.text", hasItem("Comment " + marker));
        assertEquals(List.of(), Traces.columnsContaining(db, subject.substring(subject.indexOf(':') + 1)));
        assertEquals(List.of(), Traces.columnsContaining(db, alias));
        assertEquals(List.of(), Traces.columnsContaining(db, "Khayelitsha"));
        // The words stay (anonymised), and none of the rows that hold them points at a profile any more.
        for (String column : Traces.columnsContaining(db, marker)) {
            String table = column.substring(0, column.indexOf('.'));
            assertEquals(
                    0,
                    authoredRows(table, marker, column.substring(column.indexOf('.') + 1)),
                    column + " keeps an author");
        }
    }

    private static long id(String path) {
        return given().get(SITE + "/paths" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Rows of a table that hold the marker and still name a profile (tables without a profile_id have none). */
    private long authoredRows(String table, String marker, String column) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (ResultSet r = c.getMetaData().getColumns(null, "public", table, "profile_id")) {
                if (!r.next()) {
                    return 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"" + table + "\" WHERE \"" + column
                    + "\"::text ILIKE '%' || ? || '%' AND profile_id IS NOT NULL")) {
                ps.setString(1, marker);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }
}
