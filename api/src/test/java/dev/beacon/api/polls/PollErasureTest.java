package dev.beacon.api.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A person's votes in their export, and what erasure leaves: counts, never a link back to them. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class PollErasureTest {

    private static final String POLL = "/api/v1/sites/{site}/polls/{id}";

    @Inject
    AgroalDataSource db;

    @Test
    void theExportListsThePersonsVotes() {
        String site = Staff.newSite();
        long single = Polls.singleChoice(site);
        long text = Polls.poll(site, "\"kind\":\"text\",\"shortName\":\"why\"", true);
        String person = People.newPerson();
        Polls.vote(site, single, person, "{\"choices\":[\"no\"]}").statusCode(201);
        Polls.vote(site, text, person, "{\"text\":\"Because\"}").statusCode(201);
        People.export(site, person)
                .body("activity.polls.pollId", contains((int) single, (int) text))
                .body("activity.polls[0].choices", contains("no"))
                .body("activity.polls[1].text", equalTo("Because"));
    }

    @Test
    void erasureKeepsVotesAsAnonymousCountsAndDeletesFreeTextWhenTheSiteSaysDelete() {
        String site = Staff.newSite();
        Polls.settings(site, "{\"community\":{\"writingOnErasure\":\"delete\"}}");
        long[] polls = votedAndErased(site);
        assertEquals(
                0,
                Db.count(db, "SELECT count(*) FROM poll_vote WHERE text_answer IS NOT NULL AND poll_id = " + polls[1]));
    }

    @Test
    void erasureKeepsFreeTextWithoutItsAuthorWhenTheSiteSaysAnonymise() {
        String site = Staff.newSite();
        Polls.settings(site, "{\"community\":{\"writingOnErasure\":\"anonymise\"}}");
        long[] polls = votedAndErased(site);
        assertEquals("Because", Db.string(db, "SELECT text_answer FROM poll_vote WHERE poll_id = " + polls[1]));
    }

    /** A person votes in a choice poll and a text poll, then erases themself; returns the two polls. */
    private long[] votedAndErased(String site) {
        long single = Polls.singleChoice(site);
        long text = Polls.poll(site, "\"kind\":\"text\",\"shortName\":\"why\"", true);
        String person = People.newPerson();
        long profile = People.profileId(site, person);
        Polls.vote(site, single, person, "{\"choices\":[\"no\"]}").statusCode(201);
        Polls.vote(site, text, person, "{\"text\":\"Because\"}").statusCode(201);
        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);

        given().get(POLL + "/results", site, single)
                .then()
                .body("total", equalTo(1))
                .body("choices.count", contains(0, 1, 0));
        given().get(POLL + "/results", site, text).then().body("total", equalTo(1));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM poll_vote WHERE profile_id = " + profile));
        assertEquals(
                2,
                Db.count(
                        db,
                        "SELECT count(*) FROM poll_vote WHERE profile_id IS NULL AND poll_id IN (" + single + "," + text
                                + ")"));
        assertNull(Db.string(db, "SELECT id::text FROM profile WHERE id = " + profile));
        // The same identity coming back is a new person, who may vote again.
        Polls.vote(site, single, person, "{\"choices\":[\"yes\"]}").statusCode(201);
        return new long[] {single, text};
    }
}
