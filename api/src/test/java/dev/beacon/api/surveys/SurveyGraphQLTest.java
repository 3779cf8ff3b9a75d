package dev.beacon.api.surveys;

import static dev.beacon.api.surveys.SurveyTestData.DEFINITION;
import static dev.beacon.api.surveys.SurveyTestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Surveys over GraphQL: a site's surveys with their questions in one query, and a person answering by mutation. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class SurveyGraphQLTest {

    @Test
    void aSitesSurveysComeWithTheirQuestionsInTheAskedLocale() {
        String site = SurveyTestData.site(null);
        long first = SurveyTestData.published(site, DEFINITION);
        long second = SurveyTestData.published(site, DEFINITION.replace("How old are you?", "Age?"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", """
                query($site: String!) { surveys(site: $site, locale: "pt") { id title submissions questions { key label choices { key label } } } }""", "variables", Map.of("site", site)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.surveys.id", org.hamcrest.Matchers.containsInAnyOrder((int) first, (int) second))
                .body("data.surveys[0].questions[0].label", equalTo("Quantos anos tens?"))
                .body("data.surveys[0].questions[1].choices.label", contains("Sim", "Não"));
    }

    @Test
    void aPersonStartsAndAnswersBymutationAndErrorsCarryTheProblemType() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String person = People.newPerson();
        People.as(person)
                .body(Map.of(
                        "query",
                        "mutation { startSurvey(site: \"" + site + "\", id: " + id
                                + ") { complete questions { key } } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.startSurvey.questions.key", contains("age", "smoke"));
        People.as(person)
                .body(Map.of("query", """
                mutation($site: String!, $id: BigInteger!) {
                  answerSurvey(site: $site, id: $id, answers: [{key: "age", number: 15}, {key: "smoke", choice: "no"}]) { complete continueWith }
                }""", "variables", Map.of("site", site, "id", id)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.answerSurvey.complete", equalTo(true));
        People.as(person)
                .body(Map.of("query", "mutation { startSurvey(site: \"" + site + "\", id: " + id + ") { complete } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "already-done"));
    }
}
