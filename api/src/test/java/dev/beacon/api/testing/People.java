package dev.beacon.api.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests as a person, the only way a person reaches Beacon: a channel client (a real Keycloak service
 * account) naming them in {@code Beacon-Subject}. Use in tests with {@code @WithTestResource(KeycloakTestResource.class)}.
 */
public final class People {

    private record Token(String value, Instant fetched) {}

    /** One client token serves many people, as in production; refreshed well before Keycloak's 5-minute expiry. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private People() {}

    /** A new person on the web channel, as {@code web:<uuid>}; the first request with it creates the profile. */
    public static String newPerson() {
        return "web:" + UUID.randomUUID();
    }

    /** A request acting for {@code subject} (e.g. {@code web:…}, {@code whatsapp:…}) through that channel's client. */
    public static RequestSpecification as(String subject) {
        String channel = subject.substring(0, subject.indexOf(':'));
        return given().auth()
                .oauth2(clientToken(channel))
                .header("Beacon-Subject", subject)
                .contentType(ContentType.JSON);
    }

    /** A new person with an alias (letters only), ready to write; returns their subject. */
    public static String withAlias(String site) {
        String subject = newPerson();
        as(subject)
                .body("{\"alias\":\"" + Names.alias("p") + "\"}")
                .put("/api/v1/sites/{site}/me", site)
                .then()
                .statusCode(200);
        return subject;
    }

    /** The id of the person's profile on the site (the request creates it on first contact). */
    public static long profileId(String site, String subject) {
        return as(subject)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The alias the person chose on the site. */
    public static String aliasOf(String site, String subject) {
        return as(subject)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .statusCode(200)
                .extract()
                .path("alias");
    }

    /** The person's export of their own data (a 200), to check what it holds. */
    public static ValidatableResponse export(String site, String subject) {
        return as(subject).get("/api/v1/sites/{site}/me/export", site).then().statusCode(200);
    }

    /** A new Messenger identity linked, with a link code, to the person {@code subject}; returns its subject. */
    public static String linkedOnMessenger(String site, String subject) {
        String code = as(subject)
                .post("/api/v1/sites/{site}/me/link-code", site)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
        String messenger = "messenger:" + UUID.randomUUID();
        as(messenger)
                .body("{\"code\":\"" + code + "\"}")
                .post("/api/v1/sites/{site}/me/link", site)
                .then()
                .statusCode(200);
        return messenger;
    }

    public static String clientToken(String channel) {
        Token token = TOKENS.compute(
                channel,
                (c, t) -> t != null && t.fetched().plus(Duration.ofMinutes(2)).isAfter(Instant.now())
                        ? t
                        : new Token(KeycloakTokens.clientToken(c), Instant.now()));
        return token.value();
    }
}
