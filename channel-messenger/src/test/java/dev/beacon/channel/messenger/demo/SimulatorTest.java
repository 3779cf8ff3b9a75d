package dev.beacon.channel.messenger.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's chat simulator: a person's action becomes a signed webhook, the answer is read back from the double. */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
class SimulatorTest {

    @Test
    void servesThePageAndThePages() {
        given().when()
                .get("/simulator")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("chat simulator"));
        given().when()
                .get("/simulator/pages")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems("1001", "1002"));
    }

    @Test
    void postsWhatThePersonDidAsASignedWebhookAndShowsTheAnswer() {
        String psid = Meta.newPsid();
        given().contentType("application/json")
                .body(Map.of("page", "1001", "psid", psid, "kind", "attachment"))
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(200)
                .body("webhookStatus", equalTo(200));
        List<Object> answers = Eventually.await(
                () -> JsonPath.from(given().queryParam("psid", psid)
                                .queryParam("after", 0)
                                .when()
                                .get("/simulator/messages")
                                .asString())
                        .getList("findAll { it.body.message != null }"),
                l -> !l.isEmpty(),
                Duration.ofSeconds(10));
        assertTrue(answers.toString().contains("only read text"), answers.toString());
    }

    @Test
    void refusesAnActionWithoutAKnownPageOrANumericPsid() {
        given().contentType("application/json")
                .body(Map.of("page", "42", "psid", "1", "kind", "text", "text", "hi"))
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .body(Map.of("page", "1001", "psid", "abc", "kind", "text", "text", "hi"))
                .when()
                .post("/simulator/send")
                .then()
                .statusCode(400);
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
}
