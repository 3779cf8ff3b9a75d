package dev.beacon.channel.messenger.setup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page set-up against the real api's demo site and the Graph API double. */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class PageSetupTest {

    private final GraphDouble graph = GraphDoubleResource.graph();

    @Test
    void writesGetStartedGreetingsAndTheMenuPerLocaleOfTheSite() {
        given().header("Authorization", "Bearer test-manage-token")
                .when()
                .post("/manage/pages/1001/setup")
                .then()
                .statusCode(200)
                .body("site", equalTo("demo"))
                .body("profile.get_started.payload", equalTo("GET_STARTED"));
        JsonNode profile = graph.profile("page-token-demo");
        assertEquals("GET_STARTED", profile.path("get_started").path("payload").asText());
        List<String> locales = new ArrayList<>();
        profile.path("greeting").forEach(g -> locales.add(g.path("locale").asText()));
        assertEquals("default", locales.get(0));
        assertTrue(locales.contains("pt_BR") && locales.contains("pt_PT"), locales.toString());
        for (JsonNode menu : profile.path("persistent_menu")) {
            List<String> payloads = new ArrayList<>();
            menu.path("call_to_actions")
                    .forEach(a -> payloads.add(a.path("payload").asText()));
            assertEquals(List.of("MENU", "SEARCH", "CORNER", "HELP"), payloads);
        }
        JsonNode pt = null;
        for (JsonNode menu : profile.path("persistent_menu")) {
            if (menu.path("locale").asText().equals("pt_BR")) {
                pt = menu;
            }
        }
        assertEquals("Procurar", pt.path("call_to_actions").get(1).path("title").asText());
        profile.path("greeting").forEach(g -> assertTrue(g.path("text").asText().length() <= 160));
    }

    @Test
    void refusesWithoutTheManageTokenAndForAnUnknownPage() {
        given().when().post("/manage/pages/1001/setup").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer guess")
                .when()
                .post("/manage/pages/1001/setup")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer test-manage-token")
                .when()
                .post("/manage/pages/42/setup")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void saysWhenThePagesSiteDoesNotExist() {
        given().header("Authorization", "Bearer test-manage-token")
                .when()
                .post("/manage/pages/1003/setup")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://beacon.dev/problems/site-unknown"));
    }

    @Test
    void saysWhenMetaRefusesTheSetUp() {
        graph.failNext(1, 500, null);
        given().header("Authorization", "Bearer test-manage-token")
                .when()
                .post("/manage/pages/1001/setup")
                .then()
                .statusCode(502)
                .body("type", equalTo("https://beacon.dev/problems/graph-refused"));
    }
}
