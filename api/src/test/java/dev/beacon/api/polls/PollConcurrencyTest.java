package dev.beacon.api.polls;

import static dev.beacon.api.testing.Races.race;
import static dev.beacon.api.testing.Races.untilServed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.Locks;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Many votes at the same moment, through one channel client as in production: nothing lost, nothing counted twice. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class PollConcurrencyTest {

    private static final String VOTES = "/api/v1/sites/{site}/polls/{id}/votes";

    @Inject
    AgroalDataSource db;

    @Test
    void fiveHundredPeopleVotingAtOnceAreCountedExactly() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        People.clientToken("web"); // one token for every person, fetched before the start gate
        List<String> keys = List.of("yes", "no", "not-sure");
        Map<Integer, Integer> statuses = race(
                500,
                // A crowd larger than the connection pool: a vote may be told to come back (503), as a client would.
                i -> untilServed(() -> People.as(People.newPerson())
                        .body("{\"choices\":[\"" + keys.get(i % 3) + "\"]}")
                        .post(VOTES, site, id)));
        assertEquals(Map.of(201, 500), statuses);
        given().get("/api/v1/sites/{site}/polls/{id}/results", site, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(500))
                .body("choices.count", contains(167, 167, 166));
        assertEquals(500, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(500, Db.count(db, "SELECT count(DISTINCT profile_id) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(500, Db.count(db, "SELECT count(*) FROM poll_vote_choice WHERE poll_id = " + id));
        // Exactly one export page of answers: the export reads the next (empty) page and stops.
        assertExportHolds(site, id, 500);
    }

    @Test
    void anExportOfMorePagesThanOneHoldsEveryAnswerOnce() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        // 1,234 anonymous answers (as erasure leaves them), written straight to the table: the API makes one a call.
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO poll_vote (poll_id, profile_id, locale, created_at) " + "SELECT " + id
                    + ", NULL, 'en', now() - make_interval(secs => g) FROM generate_series(1, 1234) g");
            s.execute("INSERT INTO poll_vote_choice (vote_id, poll_id, choice_key) SELECT v.id, v.poll_id, "
                    + "(ARRAY['yes','no','not-sure'])[1 + v.id % 3] FROM poll_vote v WHERE v.poll_id = " + id);
        }
        assertExportHolds(site, id, 1234);
    }

    /** The staff export has a header and one numbered row per answer, each answer once, in the order they came. */
    private static void assertExportHolds(String site, long id, int answers) {
        String csv = Staff.staff()
                .get("/api/v1/manage/sites/{site}/polls/{id}/answers.csv", site, id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("answer,answered_at,locale,likes_school", lines.get(0));
        assertEquals(answers + 1, lines.size());
        for (int n = 1; n <= answers; n++) {
            String row = lines.get(n);
            assertTrue(row.startsWith(n + ",") && row.matches("\\d+,[^,]+,en,(yes|no|unsure)"), row);
        }
    }

    @Test
    void onePersonVotingTwentyTimesAtOnceIsCountedOnce() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        String person = People.newPerson(); // first contact happens inside the race too: one profile must come of it
        People.clientToken("web");
        Map<Integer, Integer> statuses = race(
                20,
                i -> People.as(person)
                        .body("{\"choices\":[\"yes\"]}")
                        .post(VOTES, site, id)
                        .statusCode());
        assertEquals(Map.of(201, 1, 409, 19), statuses);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM poll_vote_choice WHERE poll_id = " + id));
        given().get("/api/v1/sites/{site}/polls/{id}/results", site, id).then().body("total", equalTo(1));
    }

    @Test
    void removingAChoiceWhileAVoteForItIsUnderWayWaitsForTheVoteAndIsThenRefused() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        String person = People.newPerson();
        People.clientToken("web");
        String withoutNotSure = "\"kind\":\"single\",\"shortName\":\"likes_school\","
                + "\"choices\":[{\"key\":\"yes\",\"shortName\":\"yes\",\"labels\":{\"en\":\"Yes\"}},"
                + "{\"key\":\"no\",\"shortName\":\"no\",\"labels\":{\"en\":\"No\"}}]";
        // The vote is held after it has read the poll's choices; the editor drops its choice meanwhile.
        Locks.Overlap statuses = Locks.whileHeld(
                db,
                site,
                person,
                () -> People.as(person)
                        .body("{\"choices\":[\"not-sure\"]}")
                        .post(VOTES, site, id)
                        .statusCode(),
                () -> Polls.define(site, id, withoutNotSure).statusCode());
        assertEquals(201, statuses.held(), "the vote, begun before the removal, is counted");
        assertEquals(409, statuses.meanwhile(), "the removal then finds a vote for the choice");
        assertEquals(
                1,
                Db.count(
                        db,
                        "SELECT count(*) FROM poll_vote_choice WHERE poll_id = " + id
                                + " AND choice_key = 'not-sure'"));
        assertEquals(3, Db.count(db, "SELECT count(*) FROM poll_choice WHERE poll_id = " + id));
    }
}
