package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.person;
import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Survey endpoints in the access matrix: editors define surveys and take the CSV of people's answers, every role on
 * the site reads definitions and results, and only a channel acting for a person starts, answers and reads their own.
 */
final class SurveyAccessRows {

    private static final String MANAGE = "/api/v1/manage/sites/{site}/surveys/{id}";
    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String DEFINITION = """
            {"anonymous":false,"submissions":"multiple","questions":[{"key":"ok","type":"yesNo","required":true,"labels":{"en":"OK?"}}]}""";

    /** One published survey on the demo site serves every cell: each cell acts for a new person. */
    private static volatile Long survey;

    static final List<StaffAccessMatrixTest.Endpoint> ROWS = List.of(
            row("GET", MANAGE, null, 200, 200, 200, 200).given(f -> Map.of("id", survey())),
            row("PUT", MANAGE, f -> DEFINITION, 200, 403, 200, 200).given(f -> Map.of("id", survey())),
            row("GET", MANAGE + "/results", null, 200, 200, 200, 200).given(f -> Map.of("id", survey())),
            // The CSV holds what people wrote: for those who make surveys, not for moderators.
            row("GET", MANAGE + "/submissions.csv", null, 200, 403, 200, 200).given(f -> Map.of("id", survey())),
            person("POST", PEOPLE + "/surveys/{id}/submissions", null, 201).given(f -> Map.of("id", survey())),
            person(
                            "POST",
                            PEOPLE + "/surveys/{id}/submissions/current/answers",
                            f -> "{\"answers\":{\"ok\":true}}",
                            200)
                    .given(f -> {
                        People.as(f.subject())
                                .post("/api/v1/sites/demo/surveys/" + survey() + "/submissions")
                                .then()
                                .statusCode(201);
                        return Map.of("id", survey());
                    }),
            person("GET", PEOPLE + "/me/surveys/{id}", null, 200).given(f -> Map.of("id", survey())));

    private SurveyAccessRows() {}

    private static String survey() {
        if (survey == null) {
            synchronized (SurveyAccessRows.class) {
                if (survey == null) {
                    long id = Staff.newItem(
                            "demo",
                            "survey",
                            null,
                            "Matrix survey",
                            "matrix-survey-" + UUID.randomUUID().toString().substring(0, 8),
                            null);
                    Staff.staff()
                            .body(DEFINITION)
                            .put("/api/v1/manage/sites/demo/surveys/{id}", id)
                            .then()
                            .statusCode(200);
                    Staff.publish("demo", id, "en");
                    survey = id;
                }
            }
        }
        return Long.toString(survey);
    }
}
