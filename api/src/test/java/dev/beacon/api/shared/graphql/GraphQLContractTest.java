package dev.beacon.api.shared.graphql;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GraphQL face as standard tools see it: the committed SDL loads, introspection works, nulls take defaults. */
@QuarkusTest
@ApiTest
class GraphQLContractTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";

    @Test
    void theCommittedSchemaLoadsInGraphQLJavaAndBuildsAnExecutableSchema() throws Exception {
        String sdl = Files.readString(Path.of("..", "openapi", "schema.graphql"));
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        for (ScalarTypeDefinition scalar : registry.scalars().values()) {
            if (!ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
                wiring.scalar(GraphQLScalarType.newScalar()
                        .name(scalar.getName())
                        .coercing(new Coercing<Object, Object>() {})
                        .build());
            }
        }
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        for (String used : new String[] {"BigInteger", "DateTime"}) {
            assertTrue(registry.scalars().containsKey(used), used + " is declared");
        }
        assertFalse(schema.getQueryType().getFieldDefinitions().isEmpty());
    }

    @Test
    void theStandardIntrospectionQueryIsAnsweredAndDescribesTheSchema() {
        Map<String, Object> data = given().contentType(ContentType.JSON)
                .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", hasItem("BigInteger"))
                .extract()
                .jsonPath()
                .getMap("data");
        Document document = new IntrospectionResultToSchema().createSchemaDefinition(data);
        assertFalse(document.getDefinitions().isEmpty());
    }

    @Test
    void dataQueriesDeeperThanTheLimitAreStillRefused() {
        String site = newSite();
        query("{ site(slug:\"" + site + "\") { sections { children { children { children { children { children "
                        + "{ children { children { title } } } } } } } } } }")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("depth"))
                .body("data", nullValue());
    }

    @Test
    void nullPageAndSizeTakeTheDefaultsOnEveryPagedQuery() {
        String site = newSite();
        long item = newItem(site, "article", null, "A", "a", null);
        publish(site, item, "en");
        query("{ tips(site:\"" + site + "\", page:null, size:null) { page size totalPages }"
                        + " comments(site:\"" + site + "\", item:" + item + ", page:null, size:null) { page size }"
                        + " competitions(site:\"" + site + "\", page:null, size:null) { id }"
                        + " surveys(site:\"" + site + "\", page:null, size:null) { id }"
                        + " site(slug:\"" + site + "\") { content(page:null, size:null) { page size totalItems } } }")
                .body("errors", nullValue())
                .body("data.tips.page", equalTo(1))
                .body("data.tips.size", equalTo(20))
                .body("data.comments.page", equalTo(1))
                .body("data.comments.size", equalTo(20))
                .body("data.competitions", hasSize(0))
                .body("data.surveys", hasSize(0))
                .body("data.site.content.page", equalTo(1))
                .body("data.site.content.size", equalTo(20))
                .body("data.site.content.totalItems", equalTo(1));
    }

    @Test
    void aPageBeyondTheMaximumIsAValidationErrorWithItsProblemType() {
        String site = newSite();
        query("{ tips(site:\"" + site + "\", page:2147483647) { totalPages } }")
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "validation"))
                .body("errors[0].message", not(equalTo("System error")));
        query("{ site(slug:\"" + site + "\") { content(page:2147483647) { totalPages } } }")
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "validation"));
    }

    private static ValidatableResponse query(String query) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    /** graphql-java's own list of the five scalars every schema has. */
    private static final class ScalarInfo {
        static boolean isGraphqlSpecifiedScalar(String name) {
            return graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(name);
        }
    }
}
