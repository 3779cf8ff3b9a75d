package dev.beacon.api.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests as a signed-in staff member, and helpers that build test data through the public API. */
public final class Staff {

    private Staff() {}

    /**
     * A platform admin's token from whichever issuer the running test application trusts: the WireMock OIDC
     * server of {@link ApiTest}, or the real Keycloak of {@link KeycloakTestResource}.
     */
    public static String token() {
        String issuer = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse("");
        if (issuer.contains("/realms/" + KeycloakTestResource.REALM)) {
            return KeycloakTokens.passwordToken("ada");
        }
        return OidcWiremockTestResource.getAccessToken("ada", Set.of("platform-admin"));
    }

    public static RequestSpecification staff() {
        return given().auth().oauth2(token()).contentType(ContentType.JSON);
    }

    /** A fresh site with locales en (default), pt and pt-BR (pt-BR → pt → en); returns its slug. */
    public static String newSite() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body("""
                {"slug":"%s","name":"Test %s","locales":[{"code":"en","name":"English"},
                 {"code":"pt","name":"Português","fallback":"en"},{"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}]}
                """.formatted(slug, slug))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        return slug;
    }

    /** Creates an item with an English translation and returns its id. */
    public static long newItem(String site, String type, Long parentId, String title, String slug, String body) {
        String parent = parentId == null ? "null" : parentId.toString();
        return staff().body("""
                {"type":"%s","parentId":%s,"translation":{"locale":"en","content":{"title":"%s","slug":"%s","body":%s}}}
                """.formatted(type, parent, title, slug, body == null ? "[]" : body))
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static void translate(String site, long id, String locale, String title, String slug, String body) {
        staff().body("""
                {"title":"%s","slug":"%s","body":%s}
                """.formatted(title, slug, body == null ? "[]" : body))
                .put("/api/v1/manage/sites/{site}/content/{id}/translations/{locale}", site, id, locale)
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    public static void publish(String site, long id, String locale) {
        publish(site, id, locale, "{}");
    }

    public static void publish(String site, long id, String locale, String body) {
        staff().body(body)
                .post("/api/v1/manage/sites/{site}/content/{id}/translations/{locale}/publish", site, id, locale)
                .then()
                .statusCode(200);
    }

    public static String paragraph(String markdown) {
        return "[{\"type\":\"paragraph\",\"markdown\":\"" + markdown + "\"}]";
    }
}
