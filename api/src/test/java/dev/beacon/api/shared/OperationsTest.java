package dev.beacon.api.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class OperationsTest {

    @Test
    void readinessReportsTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/api/v1/sites").then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("beacon_delivery_statements_total"))
                .body(containsString("cache_gets_total{cache=\"beacon.delivery\""));
    }

    @Test
    void theDemoTokenEndpointIsClosedOutsideTheDemo() {
        given().contentType("application/json")
                .body("{\"username\":\"ada\"}")
                .post("/api/v1/demo/token")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://beacon.dev/problems/route-not-found"));
    }

    @Test
    void servesTheApiUis() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/graphql-ui/").then().statusCode(200);
    }
}
