package dev.beacon.api.events;

import static io.restassured.RestAssured.given;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The realm shipped for development and tests ({@code dev/keycloak/beacon-realm.json}) has what the event feed asks
 * for: the realm role {@code events}, held by the service account of the client {@code events}, so an integration can
 * follow a site's events with a client-credentials token and no staff right; a channel adapter's token cannot.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class EventFeedKeycloakTest {

    private static final String EVENTS = "/api/v1/manage/sites/{site}/events";

    @Test
    void theEventsClientOfTheRealmReadsASitesEventFeedAndAChannelClientDoesNot() {
        String site = Staff.newSite();
        given().auth()
                .oauth2(KeycloakTokens.clientToken("events"))
                .get(EVENTS, site)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.clientToken("web"))
                .get(EVENTS, site)
                .then()
                .statusCode(403);
    }
}
