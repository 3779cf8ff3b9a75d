package dev.beacon.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Only a live token signed by Beacon's own realm opens the management API. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class KeycloakTokenTest {

    private static final String UNAUTHORIZED = "https://beacon.dev/problems/unauthorized";

    @Test
    void acceptsAValidStaffToken() {
        given().auth()
                .oauth2(KeycloakTokens.passwordToken("ada"))
                .get("/api/v1/manage/sites")
                .then()
                .statusCode(200);
    }

    @Test
    void rejectsATokenFromAnotherRealm() {
        given().auth()
                .oauth2(KeycloakTokens.otherRealmToken())
                .get("/api/v1/manage/sites")
                .then()
                .statusCode(401)
                .body("type", equalTo(UNAUTHORIZED));
    }

    @Test
    void rejectsATamperedToken() {
        String token = KeycloakTokens.passwordToken("ada");
        int at = token.length() - 10;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, at) + flipped + token.substring(at + 1);
        given().auth()
                .oauth2(tampered)
                .get("/api/v1/manage/sites")
                .then()
                .statusCode(401)
                .body("type", equalTo(UNAUTHORIZED));
    }

    @Test
    void rejectsAnExpiredToken() throws InterruptedException {
        String token = KeycloakTokens.shortLivedToken("ada");
        given().auth().oauth2(token).get("/api/v1/manage/sites").then().statusCode(200);
        Thread.sleep(4_500); // the beacon-short client's tokens live 3 s
        given().auth()
                .oauth2(token)
                .get("/api/v1/manage/sites")
                .then()
                .statusCode(401)
                .body("type", equalTo(UNAUTHORIZED));
    }
}
