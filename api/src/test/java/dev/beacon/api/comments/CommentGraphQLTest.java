package dev.beacon.api.comments;

import static dev.beacon.api.comments.CommentFixtures.article;
import static dev.beacon.api.comments.CommentFixtures.comment;
import static dev.beacon.api.comments.CommentFixtures.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.content.delivery.DeliveryDatabase;
import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comments over GraphQL: the same reads and the same checks as REST, threads batched. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class CommentGraphQLTest {

    @Inject
    DeliveryDatabase delivery;

    @Inject
    AgroalDataSource db;

    @Test
    void aPersonCommentsAndRepliesThroughAMutationAndEveryoneReadsTheThreads() {
        String site = site("");
        long item = article(site, null);
        String person = People.withAlias(site);
        long top = graphql(
                        People.as(person),
                        "post-comment.graphql",
                        Map.of("site", site, "item", item, "text", "<i>hi</i>"))
                .body("errors", nullValue())
                .body("data.postComment.text", equalTo("<i>hi</i>"))
                .body("data.postComment.html", equalTo("&lt;i&gt;hi&lt;/i&gt;"))
                .extract()
                .jsonPath()
                .getLong("data.postComment.id");
        Map<String, Object> reply = new HashMap<>(Map.of("site", site, "item", item, "text", "a reply"));
        reply.put("parentId", top);
        graphql(People.as(person), "post-comment.graphql", reply).body("data.postComment.parentId", equalTo((int) top));

        graphql(given(), "comments.graphql", Map.of("site", site, "item", item))
                .body("errors", nullValue())
                .body("data.comments.commenting.state", equalTo("open"))
                .body("data.comments.totalItems", equalTo(1))
                .body("data.comments.items[0].text", equalTo("<i>hi</i>"))
                .body("data.comments.items[0].replies.text", contains("a reply"))
                .body("data.comments.items[0].replies[0].parentId", equalTo((int) top));
    }

    @Test
    void refusalsCarryTheProblemTypeAndChangeNothing() {
        String site = site("\"bannedWords\":[\"idiota\"]");
        long item = article(site, null);
        String person = People.withAlias(site);
        long before = Db.count(db, "comment");
        graphql(People.as(person), "post-comment.graphql", Map.of("site", site, "item", item, "text", "és um IDIÓTA"))
                .body("errors[0].extensions.problemType", equalTo("https://beacon.dev/problems/banned-text"));
        graphql(People.as(person), "post-comment.graphql", Map.of("site", site, "item", item, "text", "x".repeat(2001)))
                .body("errors[0].extensions.problemType", equalTo("https://beacon.dev/problems/validation"));
        assertEquals(before, Db.count(db, "comment"));
        long target = comment(site, People.withAlias(site), item, "fine");
        graphql(People.as(person), "report-comment.graphql", Map.of("site", site, "comment", target, "reason", "spam"))
                .body("errors", nullValue())
                .body("data.reportComment.reason", equalTo("spam"));
        graphql(People.as(person), "report-comment.graphql", Map.of("site", site, "comment", target, "reason", "spam"))
                .body("errors[0].extensions.problemType", equalTo("https://beacon.dev/problems/already-done"));
    }

    @Test
    void threadsAreLoadedInOneStatementHoweverManyTopLevelCommentsThereAre() {
        assertEquals(statementsFor(2), statementsFor(6));
    }

    private long statementsFor(int threads) {
        String site = site("\"community\":{\"comments\":{\"count\":100,\"perSeconds\":60}}");
        long item = article(site, null);
        String person = People.withAlias(site);
        for (int i = 0; i < threads; i++) {
            long top = comment(site, person, item, "top " + i);
            comment(site, person, item, "reply " + i, top);
        }
        long before = delivery.statementCount();
        graphql(given(), "comments.graphql", Map.of("site", site, "item", item))
                .body("errors", nullValue())
                .body("data.comments.items", hasSize(threads));
        return delivery.statementCount() - before;
    }

    private static ValidatableResponse graphql(RequestSpecification as, String file, Map<String, Object> variables) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("query", read(file), "variables", variables))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    private static String read(String file) {
        try (InputStream in = CommentGraphQLTest.class.getResourceAsStream("/graphql/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
