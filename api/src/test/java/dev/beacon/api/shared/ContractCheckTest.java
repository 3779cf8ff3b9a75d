package dev.beacon.api.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.ContractCheck;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract check ({@link ContractCheck}, installed on every REST Assured request of the api tests) can fail:
 * an answer the contract does not describe, a status or a body, fails the request that got it.
 */
@QuarkusTest
@ApiTest
class ContractCheckTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String SITE = "/api/v1/sites/{site}";

    @Test
    void aStatusTheContractDoesNotDocumentFailsTheRequest() throws IOException {
        ObjectNode contract = committed();
        responses(contract, SITE, "get").remove("404");
        Filter planted = ContractCheck.filter(YAML.writeValueAsString(contract));

        AssertionError failure =
                assertThrows(AssertionError.class, () -> given().filter(planted).get(SITE, "no-such-site"));

        assertTrue(failure.getMessage().contains("validation.response.status.unknown"), failure.getMessage());
        assertTrue(failure.getMessage().contains("GET /api/v1/sites/no-such-site → 404"), failure.getMessage());
        // the committed contract documents it: the same request passes
        given().filter(ContractCheck.filter()).get(SITE, "no-such-site").then().statusCode(404);
    }

    @Test
    void aBodyTheContractDoesNotDescribeFailsTheRequest() throws IOException {
        String site = Staff.newSite();
        ObjectNode contract = committed();
        ObjectNode schema = (ObjectNode) contract.at("/components/schemas/SitePublicResponse");
        ((ArrayNode) (schema.has("required") ? schema.get("required") : schema.putArray("required")))
                .add("plantedField");
        Filter planted = ContractCheck.filter(YAML.writeValueAsString(contract));

        AssertionError failure =
                assertThrows(AssertionError.class, () -> given().filter(planted).get(SITE, site));

        assertTrue(failure.getMessage().contains("validation.response.body.schema.required"), failure.getMessage());
        assertTrue(failure.getMessage().contains("plantedField"), failure.getMessage());
        given().filter(ContractCheck.filter()).get(SITE, site).then().statusCode(200);
    }

    @Test
    void aRequestTheServerAcceptedButTheContractRefusesFailsIt() throws IOException {
        String site = Staff.newSite();
        ObjectNode contract = committed();
        ObjectNode parameter = YAML.createObjectNode()
                .put("name", "planted")
                .put("in", "query")
                .put("required", true);
        parameter.putObject("schema").put("type", "string");
        ((ObjectNode) contract.at("/paths/~1api~1v1~1sites~1{site}/get"))
                .withArray("parameters")
                .add(parameter);
        Filter planted = ContractCheck.filter(YAML.writeValueAsString(contract));

        AssertionError failure =
                assertThrows(AssertionError.class, () -> given().filter(planted).get(SITE, site));

        assertTrue(failure.getMessage().contains("validation.request.parameter.query.missing"), failure.getMessage());
    }

    @Test
    void theContractIsReadAsOpenApi30() throws IOException {
        JsonNode translated = new ObjectMapper().readTree(ContractCheck.translated("""
                openapi: 3.1.0
                components:
                  schemas:
                    A:
                      type: [string, "null"]
                      examples: [x]
                      const: x
                    B:
                      type: integer
                      exclusiveMinimum: 0
                    C:
                      type: string
                      pattern: "^[\\\\p{Ll}]+$"
                """));

        assertEquals("3.0.3", translated.get("openapi").asText());
        JsonNode a = translated.at("/components/schemas/A");
        assertEquals("string", a.get("type").asText());
        assertTrue(a.get("nullable").asBoolean());
        assertEquals("x", a.get("example").asText());
        assertFalse(a.has("examples"));
        assertEquals("x", a.get("enum").get(0).asText());
        JsonNode b = translated.at("/components/schemas/B");
        assertEquals(0, b.get("minimum").asInt());
        assertTrue(b.get("exclusiveMinimum").asBoolean());
        assertFalse(translated.at("/components/schemas/C").has("pattern"));
    }

    private static ObjectNode responses(ObjectNode contract, String path, String method) {
        return (ObjectNode) contract.get("paths").get(path).get(method).get("responses");
    }

    private static ObjectNode committed() throws IOException {
        return (ObjectNode) YAML.readTree(Files.readString(Path.of("..", "openapi", "beacon-api.yaml")));
    }
}
