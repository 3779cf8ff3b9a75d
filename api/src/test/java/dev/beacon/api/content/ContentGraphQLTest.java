package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.translate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.content.delivery.DeliveryDatabase;
import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class ContentGraphQLTest {

    @Inject
    DeliveryDatabase db;

    @Test
    void readsSiteSectionsContentBodiesAndTranslationsInOneRoundTrip() {
        String site = newSite();
        long health = newItem(site, "section", null, "Health", "health", null);
        long article = newItem(site, "article", health, "Stress", "stress", paragraph("Breathe **slowly**"));
        translate(site, article, "pt", "Stress (pt)", "stress", paragraph("Respira devagar"));
        publish(site, health, "en");
        publish(site, article, "en");
        publish(site, article, "pt");

        graphql("site-tree.graphql", Map.of("slug", site, "locale", "pt-BR"))
                .body("errors", nullValue())
                .body("data.site.name", equalTo("Test " + site))
                .body("data.site.sections.title", contains("Health"))
                .body("data.site.sections[0].path", equalTo("/health"))
                .body("data.site.sections[0].children[0].title", equalTo("Stress (pt)"))
                .body("data.site.sections[0].children[0].locale", equalTo("pt"))
                .body("data.site.sections[0].children[0].body[0].text", equalTo("Respira devagar"))
                .body("data.site.sections[0].children[0].translations.locale", contains("en", "pt"))
                .body("data.site.content.totalItems", equalTo(1));
    }

    @Test
    void costsTheSameNumberOfStatementsWhateverTheNumberOfParents() {
        String small = siteWith(2, 2);
        String large = siteWith(6, 3);
        long smallCost = statementsFor(small);
        long largeCost = statementsFor(large);
        assertEquals(smallCost, largeCost, "statements must not grow with the number of sections and items");
        assertTrue(largeCost <= 6, "expected a handful of batched statements, got " + largeCost);
    }

    @Test
    void refusesQueriesDeeperThanTheLimit() {
        String site = newSite();
        graphql("too-deep.graphql", Map.of("slug", site))
                .body("errors[0].message", containsString("depth"))
                .body("data", nullValue());
    }

    @Test
    void reportsUnknownSiteWithItsProblemType() {
        graphql("site-tree.graphql", Map.of("slug", "no-such-site", "locale", "en"))
                .body("errors[0].message", containsString("no-such-site"))
                .body("errors[0].extensions.problemType", equalTo("https://beacon.dev/problems/not-found"));
    }

    @Test
    void listsEverySite() {
        String site = newSite();
        graphql("sites.graphql", Map.of())
                .body("data.sites.slug", org.hamcrest.Matchers.hasItem(site))
                .body("data.sites[0].locales", notNullValue());
    }

    private long statementsFor(String site) {
        Map<String, Object> vars = Map.of("slug", site, "locale", "en");
        graphql("site-tree.graphql", vars).body("errors", nullValue()); // warms the site's tree for this epoch
        long before = db.statementCount();
        graphql("site-tree.graphql", vars)
                .body("errors", nullValue())
                .body("data.site.sections", hasSize(org.hamcrest.Matchers.greaterThan(0)));
        return db.statementCount() - before;
    }

    private static String siteWith(int sections, int articlesEach) {
        String site = newSite();
        for (int s = 0; s < sections; s++) {
            long section = newItem(site, "section", null, "Section " + s, "s" + s, null);
            publish(site, section, "en");
            for (int a = 0; a < articlesEach; a++) {
                long article =
                        newItem(site, "article", section, "Article " + s + "." + a, "a" + a, paragraph("Text " + a));
                publish(site, article, "en");
            }
        }
        return site;
    }

    private static ValidatableResponse graphql(String file, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", read(file), "variables", variables))
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    private static String read(String file) {
        try (InputStream in = ContentGraphQLTest.class.getResourceAsStream("/graphql/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
