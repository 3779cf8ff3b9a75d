package dev.beacon.api.polls;

import static dev.beacon.api.testing.Staff.staff;

import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Test data for polls, made through the API as editors make it. */
final class Polls {

    static final String PROBLEM = "https://beacon.dev/problems/";
    static final String YES_NO = """
            "choices":[{"key":"yes","shortName":"yes","labels":{"en":"Yes","pt":"Sim"}},
                       {"key":"no","shortName":"no","labels":{"en":"No","pt":"Não"}},
                       {"key":"not-sure","shortName":"unsure","labels":{"en":"Not sure"}}]""";

    private Polls() {}

    /** A poll item with an English question and the given definition (JSON members), published unless asked not to. */
    static long poll(String site, String definition, boolean publish) {
        long id = Staff.newItem(
                site,
                "poll",
                null,
                "Do you like school?",
                "p-" + UUID.randomUUID().toString().substring(0, 8),
                null);
        define(site, id, definition).then().statusCode(200);
        if (publish) {
            Staff.publish(site, id, "en");
        }
        return id;
    }

    /** A person votes with this body ({@code {"choices":[…]}}, {@code {"text":…}}…); the answer, to check. */
    static ValidatableResponse vote(String site, long poll, String person, String body) {
        return People.as(person)
                .body(body)
                .post("/api/v1/sites/{site}/polls/{id}/votes", site, poll)
                .then();
    }

    static long singleChoice(String site) {
        return poll(site, "\"kind\":\"single\",\"shortName\":\"likes_school\"," + YES_NO, true);
    }

    static io.restassured.response.Response define(String site, long id, String definition) {
        return staff().body("{" + definition + "}").put("/api/v1/manage/sites/{site}/polls/{id}", site, id);
    }

    /** Replaces a site's settings (the test sites' locales stay as Staff.newSite made them). */
    static void settings(String site, String settingsJson) {
        staff().body("""
                {"name":"Test","locales":[{"code":"en","name":"English"},{"code":"pt","name":"Português","fallback":"en"},
                 {"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}],"settings":%s}""".formatted(settingsJson))
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(200);
    }
}
