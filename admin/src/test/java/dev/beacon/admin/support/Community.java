package dev.beacon.admin.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.testing.keycloak.RealKeycloak;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * People and staff acting on the api that trusts the test Keycloak, as they would outside the admin: staff with
 * their own Keycloak tokens (the realm's CLI client, password grant), people through a channel client (the web
 * adapter's service account) naming them in {@code Beacon-Subject}.
 */
public final class Community {

    private final ApiUnderTest api;

    public Community(ApiUnderTest api) {
        this.api = api;
    }

    /** A Keycloak token of the realm's CLI client (password grant), as a script of that person would get it. */
    public static String staffToken(String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "beacon-cli")
                .formParam("username", username)
                .formParam("password", username + "-pass")
                .post(tokenUrl())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String webToken() {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "web")
                .formParam("client_secret", "web-dev-secret")
                .post(tokenUrl())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String tokenUrl() {
        return RealKeycloak.realmUrl(RealKeycloak.REALM) + "/protocol/openid-connect/token";
    }

    /** A request to the api as {@code username} (staff). */
    public RequestSpecification staff(String username) {
        return RestAssured.given()
                .baseUri(api.url())
                .auth()
                .oauth2(staffToken(username))
                .contentType(ContentType.JSON);
    }

    /** A request to the api for a person of the web channel. */
    public RequestSpecification person(String subject) {
        return RestAssured.given()
                .baseUri(api.url())
                .auth()
                .oauth2(webToken())
                .header("Beacon-Subject", subject)
                .contentType(ContentType.JSON);
    }

    /** A new person on the web channel with an alias on the site; returns their subject. */
    public String newPerson(String site, String alias) {
        String subject = "web:" + UUID.randomUUID();
        person(subject)
                .body("{\"alias\":\"" + alias + "\"}")
                .put("/api/v1/sites/" + site + "/me")
                .then()
                .statusCode(200);
        return subject;
    }

    /** An article written and published now by {@code editor}, with one paragraph; returns its id. */
    public long article(String site, String editor, String title) {
        String slug = "a-" + UUID.randomUUID().toString().substring(0, 8);
        long id = staff(editor)
                .body("{\"type\":\"article\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"" + title
                        + "\",\"slug\":\"" + slug
                        + "\",\"body\":[{\"type\":\"paragraph\",\"markdown\":\"Talk about it below.\"}]}}}")
                .post("/api/v1/manage/sites/" + site + "/content")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        staff(editor)
                .body("{}")
                .post("/api/v1/manage/sites/" + site + "/content/" + id + "/translations/en/publish")
                .then()
                .statusCode(200);
        return id;
    }

    public long comment(String site, String subject, long item, String text) {
        return person(subject)
                .body("{\"text\":\"" + text + "\"}")
                .post("/api/v1/sites/" + site + "/content/" + item + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A tip sent by a person, in a locale; returns its id. */
    public long tip(String site, String subject, String text, String displayName) {
        return person(subject)
                .body("{\"text\":\"" + text + "\",\"displayName\":\"" + displayName + "\",\"locale\":\"en\"}")
                .post("/api/v1/sites/" + site + "/tips")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public void report(String site, String subject, long comment, String reason, String note) {
        person(subject)
                .body("{\"reason\":\"" + reason + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}")
                .post("/api/v1/sites/" + site + "/comments/" + comment + "/reports")
                .then()
                .statusCode(201);
    }

    /** The item's comments as delivery gives them to everyone (the mobi-site reads the same). */
    public JsonPath delivered(String site, long item) {
        return RestAssured.given()
                .baseUri(api.url())
                .get("/api/v1/sites/" + site + "/content/" + item + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
