package dev.beacon.api.surveys;

import static dev.beacon.api.surveys.SurveyTestData.DEFINITION;
import static dev.beacon.api.testing.Staff.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What staff get out of a survey, and what stays of a person's answers after they are erased. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class SurveyResultsTest {

    private static final String ANSWERS = "/api/v1/sites/{site}/surveys/{id}/submissions/current/answers";

    @Inject
    AgroalDataSource db;

    @Test
    void resultsCountEveryChoiceAndSummariseNumbersOverCompletedSubmissions() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        completeLongPath(site, id, People.newPerson(), "fine", 15);
        completeShortPath(site, id, People.newPerson(), 17);
        People.as(People.newPerson())
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);

        JsonPath results = staff().get("/api/v1/manage/sites/{site}/surveys/{id}/results", site, id)
                .then()
                .statusCode(200)
                .body("completed", equalTo(2))
                .body("inProgress", equalTo(1))
                .body(org.hamcrest.Matchers.containsString("\"mean\":16}")) // plain, never 1.6E+1
                .extract()
                .jsonPath();
        assertEquals(
                Map.of("answers", 2, "min", 15, "max", 17, "mean", 16),
                Map.of(
                        "answers",
                        results.getInt("questions[0].answers"),
                        "min",
                        results.getInt("questions[0].number.min"),
                        "max",
                        results.getInt("questions[0].number.max"),
                        "mean",
                        results.getInt("questions[0].number.mean")));
        assertEquals(Map.of("yes", 1, "no", 1), results.getMap("questions[1].counts"));
        assertEquals(Map.of("music", 1, "sport", 0), results.getMap("questions[4].counts"));
        assertEquals(Map.of("yes", 1, "no", 0), results.getMap("questions[5].counts"));
        assertEquals(1, results.getInt("questions[3].answers"));
        assertNull(results.get("questions[3].counts"));
    }

    @Test
    void theCsvHasOneRowPerCompletedSubmissionQuotedAndSafeToOpenInASpreadsheet() {
        String site = SurveyTestData.site(null);
        long id = SurveyTestData.published(site, DEFINITION);
        completeLongPath(site, id, People.newPerson(), "=HYPERLINK(\\\"http://evil\\\",\\\"a, b\\\")", 15);
        completeShortPath(site, id, People.newPerson(), 17);
        String csv = staff().accept("text/csv")
                .get("/api/v1/manage/sites/{site}/surveys/{id}/submissions.csv", site, id)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(3, lines.size(), csv);
        assertEquals("submission,completedAt,Age,smoke,howMany,Why,likes,quit,since", lines.get(0));
        assertTrue(
                lines.get(1)
                        .endsWith(",15,yes,10,\"'=HYPERLINK(\"\"http://evil\"\",\"\"a, b\"\")\",music,yes,2024-01-01"),
                lines.get(1));
        assertTrue(lines.get(2).endsWith(",17,no,,,,,"), lines.get(2));
    }

    @Test
    void erasureDeletesFreeTextWhenTheSiteSaysSoAndKeepsEveryCountWithoutThePerson() {
        erasure("delete");
    }

    @Test
    void erasureKeepsFreeTextWithoutItsAuthorWhenTheSiteSaysSo() {
        erasure("anonymise");
    }

    private void erasure(String policy) {
        String site = SurveyTestData.site("{\"community\":{\"writingOnErasure\":\"" + policy + "\"}}");
        long id = SurveyTestData.published(site, DEFINITION);
        long other = SurveyTestData.published(site, DEFINITION);
        String person = People.newPerson();
        long profile = People.profileId(site, person);
        String marker =
                dev.beacon.api.testing.Names.alias("because"); // letters only: random digits can read as a phone number
        completeLongPath(site, id, person, marker, 16);
        completeShortPath(site, id, People.newPerson(), 18);
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, other)
                .then()
                .statusCode(201);
        People.export(site, person)
                .body("activity.surveys.find { it.survey == " + id + " }.completed", equalTo(1))
                .body("activity.surveys.find { it.survey == " + id + " }.submissions[0].answers.why", equalTo(marker))
                .body("activity.surveys.find { it.survey == " + other + " }.submissions[0].completedAt", nullValue());
        JsonPath before = staff().get("/api/v1/manage/sites/{site}/surveys/{id}/results", site, id)
                .then()
                .extract()
                .jsonPath();

        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);

        JsonPath after = staff().get("/api/v1/manage/sites/{site}/surveys/{id}/results", site, id)
                .then()
                .extract()
                .jsonPath();
        assertEquals(before.getInt("completed"), after.getInt("completed"));
        assertEquals(before.getMap("questions[1].counts"), after.getMap("questions[1].counts"));
        assertEquals(before.getMap("questions[4].counts"), after.getMap("questions[4].counts"));
        assertEquals(before.getInt("questions[0].answers"), after.getInt("questions[0].answers"));
        assertEquals(policy.equals("delete") ? 0 : 1, after.getInt("questions[3].answers"));
        assertEquals(
                policy.equals("delete") ? 0 : 1,
                Db.count(db, "SELECT count(*) FROM survey_answer WHERE value::text LIKE '%" + marker + "%'"));
        for (String table : List.of("survey_submission", "survey_participation")) {
            assertEquals(0, Db.count(db, "SELECT count(*) FROM " + table + " WHERE profile_id = " + profile), table);
        }
        assertEquals(0, Db.count(db, "SELECT count(*) FROM survey_submission WHERE survey_id = " + other));
    }

    /** age, smoke=yes, howMany=10, why, likes=[music], quit=yes, since=2024-01-01. */
    static void completeLongPath(String site, long id, String person, String why, int age) {
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        answer(site, id, person, "{\"age\":" + age + ",\"smoke\":\"yes\"}");
        answer(site, id, person, "{\"howMany\":10}");
        answer(site, id, person, "{\"why\":\"" + why + "\",\"likes\":[\"music\"]}");
        People.as(person)
                .body("{\"answers\":{\"quit\":true,\"since\":\"2024-01-01\"}}")
                .post(ANSWERS, site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
    }

    static void completeShortPath(String site, long id, String person, int age) {
        People.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, id)
                .then()
                .statusCode(201);
        People.as(person)
                .body("{\"answers\":{\"age\":" + age + ",\"smoke\":\"no\"}}")
                .post(ANSWERS, site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
    }

    private static void answer(String site, long id, String person, String answers) {
        People.as(person)
                .body("{\"answers\":" + answers + "}")
                .post(ANSWERS, site, id)
                .then()
                .statusCode(200)
                .body("complete", equalTo(false));
    }
}
