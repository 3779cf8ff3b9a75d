package dev.beacon.api.polls;

import static dev.beacon.api.polls.Polls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.content.delivery.DeliveryDatabase;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Polls over GraphQL: the public query with batched results, and a person's vote. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class PollGraphQLTest {

    @Inject
    SessionFactory orm;

    @Inject
    DeliveryDatabase delivery;

    private static final String POLLS = """
            query($site: String!, $locale: String) {
              polls(site: $site, locale: $locale) { id question kind state choices { key label } results { total choices { key count } } }
            }""";
    private static final String VOTE = """
            mutation($site: String!, $id: BigInteger!, $choices: [String]) {
              vote(site: $site, id: $id, choices: $choices) { pollId choices results { total } }
            }""";

    @Test
    void aPersonVotesThroughAMutationAndTheQueryShowsEveryPollWithItsResults() {
        String site = Staff.newSite();
        long first = Polls.singleChoice(site);
        long second = Polls.singleChoice(site);
        String person = People.newPerson();
        People.as(person)
                .body(Map.of(
                        "query", VOTE, "variables", Map.of("site", site, "id", first, "choices", new String[] {"yes"})))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.vote.choices", contains("yes"))
                .body("data.vote.results.total", equalTo(1));
        People.as(person)
                .body(Map.of(
                        "query", VOTE, "variables", Map.of("site", site, "id", first, "choices", new String[] {"no"})))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "already-done"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", POLLS, "variables", Map.of("site", site, "locale", "pt")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.polls.id", org.hamcrest.Matchers.containsInAnyOrder((int) first, (int) second))
                .body("data.polls.find { it.id == " + first + " }.results.choices.count", contains(1, 0, 0))
                .body("data.polls.find { it.id == " + second + " }.results.total", equalTo(0));
    }

    @Test
    void theListOfPollsCostsTheSameStatementsForTwoPollsAsForSixOnAColdCache() {
        String two = Staff.newSite();
        String six = Staff.newSite();
        for (int i = 0; i < 2; i++) {
            Polls.singleChoice(two);
        }
        for (int i = 0; i < 6; i++) {
            Polls.singleChoice(six);
        }
        listCost(Staff.newSite(), 0); // what the first query of all reads once (not per site) is not counted
        long twoCost = listCost(two, 2);
        long sixCost = listCost(six, 6);
        assertEquals(twoCost, sixCost, "statements must not grow with the number of polls");
    }

    @Test
    void resultsOverGraphQLAreHeldUntilAVote() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        Polls.singleChoice(site);
        listCost(site, 2); // definitions read, results counted
        long held = listCost(site, 2);
        assertEquals(held, listCost(site, 2), "held results cost the same every time");
        People.as(People.newPerson())
                .body(Map.of(
                        "query", VOTE, "variables", Map.of("site", site, "id", id, "choices", new String[] {"no"})))
                .post("/graphql")
                .then()
                .body("errors", nullValue());
        long before = statements();
        given().contentType(ContentType.JSON)
                .body(Map.of("query", POLLS, "variables", Map.of("site", site, "locale", "en")))
                .post("/graphql")
                .then()
                .body("data.polls.find { it.id == " + id + " }.results.total", equalTo(1));
        org.junit.jupiter.api.Assertions.assertTrue(statements() - before > held, "the voted poll is counted again");
    }

    /** Statements (ORM and delivery) that one polls query of the site costs. */
    private long listCost(String site, int polls) {
        long before = statements();
        given().contentType(ContentType.JSON)
                .body(Map.of("query", POLLS, "variables", Map.of("site", site, "locale", "en")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.polls", hasSize(polls));
        return statements() - before;
    }

    private long statements() {
        return orm.getStatistics().getPrepareStatementCount() + delivery.statementCount();
    }

    @Test
    void aVoteWithoutAPersonOrOnAClosedPollCarriesTheProblemType() {
        String site = Staff.newSite();
        long closed = Polls.poll(
                site,
                "\"kind\":\"single\",\"shortName\":\"q\",\"closesAt\":\"2020-01-01T00:00:00Z\"," + Polls.YES_NO,
                true);
        People.as(People.newPerson())
                .body(Map.of(
                        "query", VOTE, "variables", Map.of("site", site, "id", closed, "choices", new String[] {"yes"
                        })))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "not-open"));
    }
}
