package dev.beacon.api.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A crowd larger than the connection pool: a request that finds no connection free within the acquisition timeout
 * is told the server is busy (503, Retry-After) and changes nothing, so sending it again is safe; it was a 500.
 */
@QuarkusTest
@ApiTest
class VoteWhenBusyTest {

    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void aVoteThatFindsNoConnectionFreeIsA503WithRetryAfterAndIsCountedWhenSentAgain() throws Exception {
        String site = Staff.newSite();
        long poll = Polls.singleChoice(site);
        String person = "web:" + UUID.randomUUID();
        String body = "{\"choices\":[\"yes\"]}";

        List<Connection> held = new ArrayList<>();
        try {
            // Every connection the api's pool gives (a crowd's requests would hold them): up to its size, fewer
            // when the api keeps one of its own (the change listener's); the pool says so after its timeout.
            try {
                while (held.size() < poolSize) {
                    held.add(db.getConnection());
                }
            } catch (SQLException poolIsEmpty) {
                assertTrue(held.size() >= poolSize - 2, "the pool gave only " + held.size() + " connections");
            }
            as(person)
                    .body(body)
                    .post("/api/v1/sites/{site}/polls/{id}/votes", site, poll)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://beacon.dev/problems/unavailable"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertEquals(0, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + poll), "nothing changed");

        as(person)
                .body(body)
                .post("/api/v1/sites/{site}/polls/{id}/votes", site, poll)
                .then()
                .statusCode(201);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + poll));
    }

    /** A person through the web channel's client, with a token of the WireMock issuer. */
    private static RequestSpecification as(String subject) {
        String token = OidcWiremockTestResource.generateJwtToken(
                "service-account-web",
                Set.of("channel"),
                "sa-web",
                "Bearer",
                Set.of("https://server.example.com"),
                Map.of("azp", "web"));
        return given().auth().oauth2(token).header("Beacon-Subject", subject).contentType(ContentType.JSON);
    }
}
