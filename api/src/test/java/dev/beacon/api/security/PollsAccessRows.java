package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.person;
import static dev.beacon.api.security.StaffAccessMatrixTest.published;
import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import dev.beacon.api.security.StaffAccessMatrixTest.Fixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Polls and reaction questions in the access matrix. Editors define and export (the answers are the editors'
 * research, not moderation work), moderators only read definitions; people vote and react through a channel.
 */
final class PollsAccessRows {

    private static final String MANAGE = "/api/v1/manage/sites/{site}";
    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String DEFINITION = """
            {"kind":"single","shortName":"q","choices":[{"key":"yes","shortName":"yes","labels":{"en":"Yes"}},
             {"key":"no","shortName":"no","labels":{"en":"No"}}]}""";
    private static final String QUESTION = """
            {"question":{"en":"How do you feel?"},"choices":[{"key":"love","emoji":"❤️","labels":{"en":"Love"}},
             {"key":"sad","emoji":"😢","labels":{"en":"Sad"}}],"thankYou":{"en":"Thanks"}}""";

    static final List<Endpoint> ROWS = List.of(
            row("GET", MANAGE + "/polls/{id}", null, 200, 200, 200, 200).given(PollsAccessRows::poll),
            row("PUT", MANAGE + "/polls/{id}", f -> DEFINITION, 200, 403, 200, 200)
                    .given(PollsAccessRows::poll),
            row("GET", MANAGE + "/polls/{id}/answers.csv", null, 200, 403, 200, 200)
                    .given(PollsAccessRows::poll),
            person("POST", PEOPLE + "/polls/{id}/votes", f -> "{\"choices\":[\"yes\"]}", 201)
                    .given(PollsAccessRows::poll),
            person("GET", PEOPLE + "/me/polls/{id}", null, 200).given(PollsAccessRows::poll),
            row("GET", MANAGE + "/content/{id}/reaction-question", null, 200, 200, 200, 200)
                    .given(PollsAccessRows::question),
            row("PUT", MANAGE + "/content/{id}/reaction-question", f -> QUESTION, 200, 403, 200, 200),
            published(person("POST", PEOPLE + "/content/{id}/reactions", f -> "{\"choice\":\"love\"}", 201))
                    .given(PollsAccessRows::question));

    private PollsAccessRows() {}

    /** A defined, published poll on the fixture's site; fills {id}. */
    private static Map<String, String> poll(Fixture f) {
        String manage = "/api/v1/manage/sites/" + f.site();
        long id = StaffAccessMatrixTest.createdId(
                StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                        .body("{\"type\":\"poll\",\"translation\":{\"locale\":\"en\",\"content\":"
                                + "{\"title\":\"Matrix poll\",\"slug\":\"mp-"
                                + UUID.randomUUID().toString().substring(0, 8) + "\"}}}"),
                manage + "/content");
        StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                .body(DEFINITION)
                .put(manage + "/polls/" + id)
                .then()
                .statusCode(200);
        StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                .body("{}")
                .post(manage + "/content/" + id + "/translations/en/publish")
                .then()
                .statusCode(200);
        return Map.of("id", Long.toString(id));
    }

    /** A reaction question under the fixture's article ({id} stays the article). */
    private static Map<String, String> question(Fixture f) {
        StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                .body(QUESTION)
                .put("/api/v1/manage/sites/" + f.site() + "/content/" + f.item() + "/reaction-question")
                .then()
                .statusCode(200);
        return Map.of();
    }
}
