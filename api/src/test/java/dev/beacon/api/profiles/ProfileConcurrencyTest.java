package dev.beacon.api.profiles;

import static dev.beacon.api.testing.Races.race;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.DemoSiteTest;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import dev.beacon.api.testing.Names;
import dev.beacon.api.testing.People;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One person (or one alias) hit by many requests at the same moment: clean answers, never a 5xx, never a 412 unasked. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class ProfileConcurrencyTest extends DemoSiteTest {

    private static final String ME = "/api/v1/sites/demo/me";

    @BeforeEach
    void tokensBeforeAnyStartGate() {
        People.clientToken("web"); // tokens fetched before any start gate
        People.clientToken("whatsapp");
        People.clientToken("messenger");
    }

    @Test
    void twelveProfilesClaimingOneAliasAtOnceGetOneSuccessAndElevenConflicts() throws Exception {
        for (int round = 0; round < 3; round++) {
            String alias = Names.alias("race");
            List<String> people = java.util.stream.IntStream.range(0, 12)
                    .mapToObj(i -> People.newPerson())
                    .toList();
            people.forEach(p -> People.as(p).get(ME).then().statusCode(200));
            Queue<String> types = new ConcurrentLinkedQueue<>();
            Map<Integer, Integer> statuses = race(12, i -> {
                Response r = People.as(people.get(i))
                        .body("{\"alias\":\"" + alias + "\"}")
                        .put(ME);
                if (r.statusCode() == 409) {
                    types.add(r.contentType() + " " + r.jsonPath().getString("type") + " "
                            + r.jsonPath().getString("errors[0].field"));
                }
                return r.statusCode();
            });
            assertEquals(Map.of(200, 1, 409, 11), statuses);
            assertEquals(Set.of("application/problem+json " + PROBLEM + "conflict alias"), Set.copyOf(types));
            assertEquals(1, rows("SELECT count(*) FROM profile WHERE lower(alias) = lower(?)", alias));
        }
    }

    @Test
    void erasingOnePersonThroughTwoChannelsAndASiteAdminAtOnceAnswersCleanly() throws Exception {
        String sam = KeycloakTokens.passwordToken("sam");
        for (int round = 0; round < 4; round++) {
            String whatsapp = "whatsapp:2772"
                    + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 7);
            long id = People.as(whatsapp)
                    .body("{\"alias\":\"" + Names.alias("e") + "\"}")
                    .put(ME)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            String messenger = People.linkedOnMessenger("demo", whatsapp);
            Map<Integer, Integer> statuses = race(12, i -> switch (i % 3) {
                case 0 -> People.as(whatsapp).delete(ME).statusCode();
                case 1 -> People.as(messenger).delete(ME).statusCode();
                default ->
                    given().auth()
                            .oauth2(sam)
                            .delete("/api/v1/manage/sites/demo/profiles/{id}", id)
                            .statusCode();
            });
            assertTrue(Set.of(204, 404).containsAll(statuses.keySet()), "only 204 or 404: " + statuses);
            assertTrue(statuses.getOrDefault(204, 0) >= 8, "every erasure through a channel is done: " + statuses);
            assertEquals(0, rows("SELECT count(*) FROM profile WHERE id = ?", id));
        }
    }

    @Test
    void aPersonsOtherRequestsWhileTheyAreErasedAnswerCleanly() throws Exception {
        for (int round = 0; round < 4; round++) {
            String person = People.withAlias("demo");
            Map<Integer, Integer> statuses = race(16, i -> switch (i % 8) {
                case 0 -> People.as(person).delete(ME).statusCode();
                case 1 -> People.as(person).get(ME).statusCode();
                case 2 ->
                    People.as(person)
                            .body("{\"alias\":\"" + Names.alias("n") + "\"}")
                            .put(ME)
                            .statusCode();
                case 3 ->
                    People.as(person)
                            .body("{\"document\":\"terms\",\"version\":\"1\"}")
                            .post(ME + "/consents")
                            .statusCode();
                case 4 -> People.as(person).get(ME + "/export").statusCode();
                case 5 -> People.as(person).post(ME + "/link-code").statusCode();
                case 6 -> People.as(person).get(ME + "/notifications").statusCode();
                default -> People.as(person).get("/api/v1/sites/demo/me/tips").statusCode();
            });
            assertTrue(
                    Set.of(200, 201, 204, 404).containsAll(statuses.keySet()),
                    "clean answers only (no 5xx, no 412): " + statuses);
            assertEquals(2, statuses.get(204), "both erasures are done: " + statuses);
        }
    }

    @Test
    void concurrentErasuresAndPinChangesOfOnePersonWithoutIfMatchAreNeverAStaleVersion() throws Exception {
        for (int round = 0; round < 3; round++) {
            String person = People.withAlias("demo");
            Map<Integer, Integer> pins = race(
                    10,
                    i -> People.as(person)
                            .body("{\"pin\":\"" + (4000 + i)
                                    + "\",\"securityQuestion\":\"favourite-food\",\"securityAnswer\":\"Rice\"}")
                            .put(ME + "/pin")
                            .statusCode());
            assertEquals(Map.of(200, 10), pins, "every PIN change is done, one after the other");
            Map<Integer, Integer> erasures =
                    race(10, i -> People.as(person).delete(ME).statusCode());
            assertEquals(Map.of(204, 10), erasures, "the person is erased, whichever request did it");
        }
    }

    private long rows(String sql, Object parameter) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
