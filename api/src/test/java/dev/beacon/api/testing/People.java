package dev.beacon.api.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

    /**
     * What a test does as a person, for requests made by {@code as} (a subject in, a request acting for it out): here
     * with a Keycloak client's token; tests on the WireMock issuer make their own with its tokens.
     */
    public record Acting(Function<String, RequestSpecification> as) {

        /** A new person with an alias (letters only), ready to write; returns their subject. */
        public String withAlias(String site) {
            String subject = newPerson();
            as.apply(subject)
                    .body("{\"alias\":\"" + Names.alias("p") + "\"}")
                    .put("/api/v1/sites/{site}/me", site)
                    .then()
                    .statusCode(200);
            return subject;
        }

        /** The id of the person's profile on the site (the request creates it on first contact). */
        public long profileId(String site, String subject) {
            return me(site, subject).getLong("id");
        }

        /** The alias the person chose on the site. */
        public String aliasOf(String site, String subject) {
            return me(site, subject).getString("alias");
        }

        private JsonPath me(String site, String subject) {
            return as.apply(subject)
                    .get("/api/v1/sites/{site}/me", site)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
    }

    private static final Acting THROUGH_KEYCLOAK = new Acting(People::as);

    /** A new person with an alias (letters only), ready to write; returns their subject. */
    public static String withAlias(String site) {
        return THROUGH_KEYCLOAK.withAlias(site);
    }

    /** The id of the person's profile on the site (the request creates it on first contact). */
    public static long profileId(String site, String subject) {
        return THROUGH_KEYCLOAK.profileId(site, subject);
    }

    /** The alias the person chose on the site. */
    public static String aliasOf(String site, String subject) {
        return THROUGH_KEYCLOAK.aliasOf(site, subject);
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
