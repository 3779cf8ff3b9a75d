package dev.beacon.api.events;

import static io.restassured.RestAssured.given;

import dev.beacon.api.testing.People;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * People acting through a channel client whose token the WireMock OIDC server of {@code @ApiTest} signs (the channel
 * role, and the channel's name as {@code azp}), so these tests need no Keycloak.
 */
final class Persons {

    private Persons() {}

    static String newPerson() {
        return "web:" + UUID.randomUUID();
    }

    static RequestSpecification as(String subject) {
        String channel = subject.substring(0, subject.indexOf(':'));
        String token = OidcWiremockTestResource.generateJwtToken(
                "service-account-" + channel,
                Set.of("channel"),
                "sa-" + channel,
                "Bearer",
                Set.of("https://server.example.com"),
                Map.of("azp", channel));
        return given().auth().oauth2(token).header("Beacon-Subject", subject).contentType(ContentType.JSON);
    }

    private static final People.Acting ACTING = new People.Acting(Persons::as);

    static String withAlias(String site) {
        return ACTING.withAlias(site);
    }

    static long profileId(String site, String subject) {
        return ACTING.profileId(site, subject);
    }

    static String aliasOf(String site, String subject) {
        return ACTING.aliasOf(site, subject);
    }
}
