package dev.beacon.api.surveys;

import static dev.beacon.api.surveys.SurveyTestData.DEFINITION;
import static dev.beacon.api.surveys.SurveyTestData.PROBLEM;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import dev.beacon.api.testing.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Surveys from staff definition to a person answering step by step, through real channel clients. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class SurveyResourceTest {

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void peopleSeeAPublishedSurveyInTheirLocaleCacheableAndWithoutItsSkipLogic() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.item(site);
        SurveyTestData.define(site, id, DEFINITION);
        given().get("/api/v1/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        Staff.publish(site, id, "en");

        String etag = given().queryParam("locale", "pt-BR")
                .get("/api/v1/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public, max-age="))
                .body("title", equalTo("Smoking survey"))
                .body("intro[0].html", containsString("<strong>honestly</strong>"))
                .body("questions.key", contains("age", "smoke", "howMany", "why", "likes", "quit", "since"))
                .body("questions[0].label", equalTo("Quantos anos tens?")) // pt for pt-BR
                .body("questions[1].label", equalTo("Do you smoke?")) // falls back to en
                .body("questions[1].choices.label", contains("Sim", "Não"))
                .body("questions[3].pageBreakBefore", equalTo(true))
                .body(not(containsString("\"next\"")))
                .body(not(containsString("shortName")))
                .extract()
                .header("ETag");
        given().queryParam("locale", "pt-BR")
                .header("If-None-Match", etag)
                .get("/api/v1/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(304);

        // A new definition is served at once, not after the cache expires.
        SurveyTestData.define(site, id, DEFINITION.replace("How old are you?", "Your age?"));
        given().get("/api/v1/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(200)
                .body("questions[0].label", equalTo("Your age?"));
        // An article is not a survey, and another site's survey does not exist here.
        long article = Staff.newItem(site, "article", null, "A", "a-" + id, null);
        Staff.publish(site, article, "en");
        given().get("/api/v1/sites/{site}/surveys/{id}", site, article).then().statusCode(404);
        given().get("/api/v1/sites/{site}/surveys/{id}", SurveyTestData.site(null), id)
                .then()
                .statusCode(404);
    }

    @Test
    void theApiDecidesEveryStepAndAChoiceCanEndTheSurvey() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION.replace("\"single\"", "\"multiple\""));
        String person = People.newPerson();
        String submissions = "/api/v1/sites/{site}/surveys/{id}/submissions";
        String answers = submissions + "/current/answers";

        People.as(person)
                .post(submissions, site, id)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("complete", equalTo(false))
                .body("questions.key", contains("age", "smoke"));
        People.as(person)
                .body("{\"answers\":{\"age\":15,\"smoke\":\"yes\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("questions.key", contains("howMany"));
        People.as(person)
                .body("{\"answers\":{}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("questions.key", contains("why", "likes"));
        People.as(person)
                .body("{\"answers\":{\"why\":\"<script>alert(1)</script>\",\"likes\":[\"sport\",\"music\"]}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("questions.key", contains("quit", "since"));
        People.as(person)
                .get("/api/v1/sites/{site}/me/surveys/{id}", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("state", equalTo("inProgress"))
                .body("answers.why", equalTo("<script>alert(1)</script>")) // JSON carries text exactly as written
                .body("answers.likes", contains("music", "sport"));
        People.as(person)
                .body("{\"answers\":{\"quit\":true,\"since\":\"2024-02-29\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("continueWith", nullValue())
                .body("questions", org.hamcrest.Matchers.empty());

        // "No" ends at once; a multiple-submission survey counts every completion.
        People.as(person).post(submissions, site, id).then().statusCode(201);
        People.as(person)
                .body("{\"answers\":{\"age\":15,\"smoke\":\"no\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
        People.as(person)
                .get("/api/v1/sites/{site}/me/surveys/{id}", site, id)
                .then()
                .body("state", equalTo("completed"))
                .body("completed", equalTo(2))
                .body("current", nullValue());
    }

    @Test
    void aChoiceCanLeadToAnotherSurveyOfTheSite() {
        String site = SurveyTestData.site(null);
        long next = SurveyTestData.published(site, DEFINITION);
        long id = SurveyTestData.published(site, """
                {"anonymous":false,"submissions":"single","questions":[{"key":"more","type":"choice","required":true,
                 "labels":{"en":"Tell us more?"},"choices":[{"key":"sure","labels":{"en":"Sure"},"next":{"survey":%d}},
                 {"key":"nah","labels":{"en":"No"}}]}]}""".formatted(next));
        String person = People.newPerson();
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        People.as(person)
                .body("{\"answers\":{\"more\":\"sure\"}}")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("continueWith", equalTo((int) next));
    }

    @Test
    void anUnfinishedSurveyIsResumedFromAnotherChannelDaysLaterAtTheSameQuestion() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String whatsapp = "whatsapp:2783" + (System.nanoTime() % 10_000_000);
        People.as(whatsapp)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        People.as(whatsapp)
                .body("{\"answers\":{\"age\":16,\"smoke\":\"yes\"}}")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, id)
                .then()
                .statusCode(200);
        String messenger = People.linkedOnMessenger(site, whatsapp);

        TestClock.advance(Duration.ofDays(3));
        People.as(messenger)
                .queryParam("locale", "pt")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(200)
                .body("questions.key", contains("howMany"));
        People.as(messenger)
                .get("/api/v1/sites/{site}/me/surveys/{id}", site, id)
                .then()
                .statusCode(200)
                .body("state", equalTo("inProgress"))
                .body("current.questions.key", contains("howMany"))
                .body("answers.age", equalTo(16))
                .body("answers.smoke", equalTo("yes"));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM survey_submission WHERE survey_id = " + id));
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String person = People.newPerson();
        String answers = "/api/v1/sites/{site}/surveys/{id}/submissions/current/answers";
        // Nothing started yet.
        refused(
                id,
                404,
                "not-found",
                () -> People.as(person).body("{\"answers\":{\"age\":15}}").post(answers, site, id));
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);

        for (String invalid : List.of(
                "{}", // missing
                "{\"answers\":{\"age\":15}}", // required smoke
                "{\"answers\":[1]}", // wrong type
                "{\"answers\":{\"age\":\"fifteen\",\"smoke\":\"yes\"}}",
                "{\"answers\":{\"age\":15,\"smoke\":\"maybe\"}}",
                "{\"answers\":{\"age\":15,\"smoke\":\"yes\",\"why\":\"later\"}}")) { // not asked now
            refused(id, 400, "validation", () -> People.as(person).body(invalid).post(answers, site, id));
        }
        People.as(person)
                .body("{\"answers\":{\"age\":15,\"smoke\":\"yes\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200);
        People.as(person)
                .body("{\"answers\":{}}")
                .post(answers, site, id)
                .then()
                .statusCode(200);
        answerRefused(
                person,
                site,
                id,
                400,
                "validation",
                "{\"answers\":{\"why\":\"" + "x".repeat(2001) + "\"}}"); // too long
        answerRefused(
                        person,
                        site,
                        id,
                        400,
                        "validation",
                        "{\"answers\":{\"why\":\"a\\u0000b\"}}") // NUL, which PostgreSQL cannot store (was a 500)
                .body("errors.field", contains("answers.why"));
        answerRefused(person, site, id, 422, "banned-text", "{\"answers\":{\"why\":\"call me on 0821234567\"}}")
                .body("errors.field", contains("answers.why"));
        // Another site's survey is unknown here.
        String elsewhere = SurveyTestData.site(null);
        refused(
                id,
                404,
                "not-found",
                () -> People.as(person).body("{\"answers\":{}}").post(answers, elsewhere, id));
    }

    @Test
    void surveysAnswerOnlyWhileOpenAndOnlyWhileTheSiteOffersThem() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(
                site,
                DEFINITION.replace(
                        "\"questions\"",
                        "\"opensAt\":\"2020-01-01T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\",\"questions\""));
        String person = People.newPerson();
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        String answers = "/api/v1/sites/{site}/surveys/{id}/submissions/current/answers";

        TestClock.advance(Duration.ofDays(365L * 80));
        answerRefused(person, site, id, 409, "not-open", "{\"answers\":{\"age\":15,\"smoke\":\"no\"}}");
        refused(
                id,
                409,
                "not-open",
                () -> People.as(People.newPerson()).post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id));
        TestClock.reset();

        long later = SurveyTestData.published(
                site, DEFINITION.replace("\"questions\"", "\"opensAt\":\"2099-01-01T00:00:00Z\",\"questions\""));
        refused(
                later,
                409,
                "not-open",
                () -> People.as(person).post("/api/v1/sites/{site}/surveys/{id}/submissions", site, later));

        SurveyTestData.settings(site, "{\"features\":{\"surveys\":false}}");
        answerRefused(person, site, id, 404, "feature-off", "{\"answers\":{\"age\":15,\"smoke\":\"no\"}}");
        refused(
                id,
                404,
                "feature-off",
                () -> People.as(person).post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id));
        given().get("/api/v1/sites/{site}/surveys/{id}", site, id)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "feature-off"));
    }

    @Test
    void aSingleSubmissionSurveyRefusesASecondOne() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String person = completedByANewPerson(site, id);
        secondSubmissionRefused(site, id, person);
    }

    @Test
    void anonymousAnswersAreNotLinkedToThePersonOnceComplete() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION.replace("\"anonymous\":false", "\"anonymous\":true"));
        String person = People.newPerson();
        long profile = People.profileId(site, person);
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM survey_submission WHERE profile_id = " + profile));
        People.as(person)
                .body("{\"answers\":{\"age\":15,\"smoke\":\"no\"}}")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, id)
                .then()
                .body("complete", equalTo(true));

        assertEquals(0, Db.count(db, "SELECT count(*) FROM survey_submission WHERE profile_id = " + profile));
        assertEquals(
                1,
                Db.count(
                        db,
                        "SELECT count(*) FROM survey_submission WHERE survey_id = " + id
                                + " AND profile_id IS NULL AND date_trunc('hour', completed_at) = completed_at"));
        // Only the participation marker remains: it keeps a single-submission survey single.
        assertEquals(1, Db.count(db, "SELECT count(*) FROM survey_participation WHERE profile_id = " + profile));
        People.export(site, person)
                .body("activity.surveys[0].survey", equalTo((int) id))
                .body("activity.surveys[0].completed", equalTo(1))
                .body("activity.surveys[0].submissions", org.hamcrest.Matchers.empty());
        secondSubmissionRefused(site, id, person);
    }

    @Test
    void eachQuestionsLimitsAreShownToChannelsAndHeldToTheAnswers() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(
                site,
                DEFINITION
                        .replace("{\"key\":\"age\",", "{\"key\":\"age\",\"min\":10,\"max\":24.5,")
                        .replace("{\"key\":\"why\",", "{\"key\":\"why\",\"maxLength\":20,"));
        String person = People.newPerson();
        String submissions = "/api/v1/sites/{site}/surveys/{id}/submissions";
        String answers = submissions + "/current/answers";
        People.as(person)
                .post(submissions, site, id)
                .then()
                .statusCode(201)
                .body("questions[0].min", equalTo(10))
                .body("questions[0].max", equalTo(24.5f))
                .body("questions[0].maxLength", nullValue())
                .body("questions[1].min", nullValue());

        answerRefused(person, site, id, 400, "validation", "{\"answers\":{\"age\":25,\"smoke\":\"yes\"}}")
                .body("errors.field", contains("answers.age"))
                .body("errors.message", contains("must be at most 24.5"));
        answerRefused(person, site, id, 400, "validation", "{\"answers\":{\"age\":9.9,\"smoke\":\"yes\"}}")
                .body("errors.message", contains("must be at least 10"));
        People.as(person)
                .body("{\"answers\":{\"age\":24.5,\"smoke\":\"yes\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200);
        People.as(person)
                .body("{\"answers\":{}}")
                .post(answers, site, id)
                .then()
                .statusCode(200)
                .body("questions.find { it.key == 'why' }.maxLength", equalTo(20))
                .body("questions.find { it.key == 'likes' }.maxLength", nullValue());
        answerRefused(person, site, id, 400, "validation", "{\"answers\":{\"why\":\"" + "x".repeat(21) + "\"}}")
                .body("errors.message", contains("must be at most 20 characters"));
        People.as(person)
                .body("{\"answers\":{\"why\":\"" + "x".repeat(20) + "\"}}")
                .post(answers, site, id)
                .then()
                .statusCode(200);

        // Limits belong to their kind of question, and must make sense.
        String path = "/api/v1/manage/sites/{site}/surveys/{id}";
        long draft = SurveyTestData.published(site, DEFINITION);
        String before = SurveyTestData.rows(db, draft);
        staff().body(DEFINITION
                        .replace("{\"key\":\"why\",", "{\"key\":\"why\",\"min\":1,")
                        .replace("{\"key\":\"age\",", "{\"key\":\"age\",\"min\":30,\"max\":20,\"maxLength\":5,"))
                .put(path, site, draft)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("questions[0].max", "questions[0].maxLength", "questions[3].min"));
        staff().body(DEFINITION.replace("{\"key\":\"why\",", "{\"key\":\"why\",\"maxLength\":2001,"))
                .put(path, site, draft)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        assertEquals(before, SurveyTestData.rows(db, draft));
    }

    @Test
    void badDefinitionsAreRefusedPerFieldAndChangeNothing() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String path = "/api/v1/manage/sites/{site}/surveys/{id}";
        String before = SurveyTestData.rows(db, id);
        staff().body(DEFINITION.replace("{\"key\":\"howMany\",", "{\"key\":\"howMany\",\"next\":{\"goTo\":\"age\"},"))
                .put(path, site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("questions[2].next.goTo"));
        long otherSites = SurveyTestData.published(SurveyTestData.site(null), DEFINITION);
        staff().body(DEFINITION.replace("\"next\":{\"end\":true}", "\"next\":{\"survey\":" + otherSites + "}"))
                .put(path, site, id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("questions[1].choices[1].next.survey"));
        staff().body("{\"anonymous\":false,\"submissions\":\"single\"}")
                .put(path, site, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("questions"));
        staff().body(DEFINITION.replace("\"anonymous\":false", "\"anonymous\":\"perhaps\""))
                .put(path, site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body(DEFINITION.replace(
                        "\"labels\":{\"en\":\"Why?\"}", "\"labels\":{\"en\":\"" + "w".repeat(1001) + "\"}"))
                .put(path, site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body(DEFINITION)
                .put(path, site, otherSites)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        long article = Staff.newItem(site, "article", null, "A", "a-" + id, null);
        staff().body(DEFINITION).put(path, site, article).then().statusCode(404);
        staff().body(DEFINITION.replace("\"single\"", "\"multiple\",\"version\":99"))
                .put(path, site, id)
                .then()
                .statusCode(412);
        assertEquals(before, SurveyTestData.rows(db, id));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM survey WHERE item_id = " + article));
    }

    @Test
    void aChangeThatWouldLoseAnswersIsRefused() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        String person = completedByANewPerson(site, id);
        String path = "/api/v1/manage/sites/{site}/surveys/{id}";
        String before = SurveyTestData.rows(db, id);
        staff().body(DEFINITION.replace(
                        "{\"key\":\"no\",\"labels\":{\"en\":\"No\",\"pt\":\"Não\"},\"next\":{\"end\":true}}",
                        "{\"key\":\"nope\",\"labels\":{\"en\":\"No\"}}"))
                .put(path, site, id)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "conflict"));
        staff().body(DEFINITION.replace("\"type\":\"number\",\"required\":true", "\"type\":\"text\",\"required\":true"))
                .put(path, site, id)
                .then()
                .statusCode(409);
        assertEquals(before, SurveyTestData.rows(db, id));
        // Questions without answers can go; new ones can come.
        staff().body(DEFINITION.replace("{\"key\":\"since\",\"type\":\"date\"", "{\"key\":\"from\",\"type\":\"date\""))
                .put(path, site, id)
                .then()
                .statusCode(200)
                .body("questions.key", hasItem("from"));
    }

    /** Asserts the problem type of a refused request and that no survey table changed. */
    /** The person's answers ({@code body}) to the survey's current submission, refused as {@link #refused} checks. */
    private io.restassured.response.ValidatableResponse answerRefused(
            String person, String site, long survey, int status, String type, String body) {
        return refused(
                survey,
                status,
                type,
                () -> People.as(person)
                        .body(body)
                        .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, survey));
    }

    private io.restassured.response.ValidatableResponse refused(
            long survey,
            int status,
            String type,
            java.util.function.Supplier<io.restassured.response.Response> request) {
        String before = SurveyTestData.rows(db, survey);
        io.restassured.response.ValidatableResponse checked = request.get()
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + type));
        assertEquals(before, SurveyTestData.rows(db, survey));
        return checked;
    }

    /** A new person starts the survey and completes it by answering "no" to smoking at 15; returns their subject. */
    private static String completedByANewPerson(String site, long id) {
        String person = People.newPerson();
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        People.as(person)
                .body("{\"answers\":{\"age\":15,\"smoke\":\"no\"}}")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
        return person;
    }

    /** A person who completed a single-submission survey cannot start it again. */
    private void secondSubmissionRefused(String site, long id, String person) {
        refused(
                id,
                409,
                "already-done",
                () -> People.as(person).post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id));
    }
}
