package dev.beacon.channel.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What every chat adapter's demo simulator must do (channel-kit's {@code ChatSimulator} page in the adapter's mode),
 * as tests an adapter's {@code @QuarkusTest} inherits; the adapter's own test adds its platform's actions.
 */
public abstract class SimulatorContract {

    /** {@code messenger} or {@code whatsapp}: the page's mode. */
    protected abstract String platform();

    /** Two configured accounts (page ids, phone number ids). */
    protected abstract List<String> accounts();

    /** A person id the platform could send (digits). */
    protected abstract String newPerson();

    @Test
    void servesThePageInItsModeAndTheAccounts() {
        given().when()
                .get("/simulator")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("chat simulator"))
                .body(containsString("data-platform=\"" + platform() + "\""));
        given().when()
                .get("/simulator/pages")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems(accounts().toArray()));
    }

    @Test
    void refusesAnActionWithoutAKnownAccountOrANumericPerson() {
        given().contentType("application/json")
                .body(Map.of("page", "42", "psid", newPerson(), "kind", "text", "text", "hi"))
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(Map.of("page", accounts().get(0), "psid", "abc", "kind", "text", "text", "hi"))
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(400);
        given().when().get("/simulator/messages?psid=x1").then().statusCode(400);
    }

    @Test
    void isReadyWhenRedisAnswers() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'chat-store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'chat-store' }.data.shared", equalTo(true));
    }

    /** Posts what the person did through the simulator; asserts the webhook took it. */
    protected static void act(Map<String, String> action) {
        given().contentType("application/json")
                .body(action)
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(200)
                .body("webhookStatus", equalTo(200));
    }

    /** What the simulator shows the person (the double's bodies), once {@code done} holds or after 20 s. */
    protected static List<Object> shown(String person, Predicate<List<Object>> done) {
        return Eventually.await(
                () -> JsonPath.from(given().queryParam("psid", person)
                                .queryParam("after", 0)
                                .when()
                                .get("/simulator/messages")
                                .asString())
                        .getList("body"),
                done,
                Duration.ofSeconds(20));
    }
}
