package dev.beacon.api.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract in {@code openapi/} must be what the code serves. When the API changes on
 * purpose, regenerate the files with
 * {@code ./mvnw test -pl api -am -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false -DupdateContract=true} and commit them.
 */
@QuarkusTest
@ApiTest
class ContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi");
    private static final boolean UPDATE = Boolean.getBoolean("updateContract");

    @Test
    void openApiMatchesTheCommittedContract() throws IOException {
        String served = given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        check("beacon-api.yaml", served);
    }

    @Test
    void graphQlSchemaMatchesTheCommittedContract() throws IOException {
        String served = given().get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        check("schema.graphql", served);
    }

    private static void check(String file, String served) throws IOException {
        Path committed = CONTRACT.resolve(file);
        String normalised = served.strip() + "\n";
        if (UPDATE) {
            Files.writeString(committed, normalised, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertEquals(
                expected,
                normalised,
                "openapi/" + file + " differs from what the code serves. If the change is "
                        + "intended, run: ./mvnw test -pl api -am -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false -DupdateContract=true");
    }
}
