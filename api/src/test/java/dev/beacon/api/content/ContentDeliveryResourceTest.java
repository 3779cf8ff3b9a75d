package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.staff;
import static dev.beacon.api.testing.Staff.translate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ApiTest
class ContentDeliveryResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String ITEM = "/api/v1/sites/{site}/content/{id}";
    private static final String LIST = "/api/v1/sites/{site}/content";

    @Test
    void draftsAreNeverDelivered() {
        String site = newSite();
        long id = newItem(site, "article", null, "Draft only", "draft-only", null);
        given().get(ITEM, site, id).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
        given().get(LIST, site).then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void fallsBackAlongTheLocaleChainAndSaysWhatItServed() {
        String site = newSite();
        long id = newItem(site, "article", null, "Hello", "hello", paragraph("English text"));
        translate(site, id, "pt", "Olá", "ola", paragraph("Texto em português"));
        publish(site, id, "en");
        publish(site, id, "pt");
        long englishOnly = newItem(site, "article", null, "Only English", "only-english", null);
        publish(site, englishOnly, "en");

        given().get(ITEM + "?locale=pt-BR", site, id)
                .then()
                .statusCode(200)
                .header("Content-Language", "pt")
                .body("locale", equalTo("pt"))
                .body("requestedLocale", equalTo("pt-BR"))
                .body("title", equalTo("Olá"))
                .body("availableLocales", contains("en", "pt"));
        given().get(ITEM + "?locale=pt-BR", site, englishOnly)
                .then()
                .header("Content-Language", "en")
                .body("locale", equalTo("en"));
        given().get(ITEM, site, id).then().body("locale", equalTo("en")).body("title", equalTo("Hello"));
        // An unknown regional variant falls back by language, then to the default.
        given().get(ITEM + "?locale=pt-PT", site, id).then().body("locale", equalTo("pt"));
        given().get(ITEM + "?locale=fr", site, id).then().body("locale", equalTo("en"));
        given().get(LIST + "?locale=pt-BR&order=title", site)
                .then()
                .body("items.locale", contains("pt", "en"))
                .body("items.title", contains("Olá", "Only English"))
                .header("Content-Language", "en, pt");
    }

    @Test
    void answersWithETagAnd304AndANewTagAfterPublishing() {
        String site = newSite();
        long id = newItem(site, "article", null, "Cached", "cached", null);
        publish(site, id, "en");
        String etag = given().get(ITEM, site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age="))
                .header("ETag", startsWith("\""))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(ITEM, site, id)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());

        staff().body("{\"title\":\"Cached, edited\",\"slug\":\"cached\"}")
                .put("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, id)
                .then()
                .statusCode(200);
        // A draft edit changes nothing that is delivered.
        given().header("If-None-Match", etag).get(ITEM, site, id).then().statusCode(304);
        publish(site, id, "en");
        String fresh = given().header("If-None-Match", etag)
                .get(ITEM, site, id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Cached, edited"))
                .extract()
                .header("ETag");
        assertNotEquals(etag, fresh);
        given().header("If-None-Match", fresh).get(LIST, site).then().statusCode(200);
    }

    @Test
    void filtersByTypeSectionDescendantsTagAndFeatured() {
        String site = newSite();
        long health = newItem(site, "section", null, "Health", "health", null);
        long mind = newItem(site, "section", health, "Mind", "mind", null);
        long a = newItem(site, "article", health, "Body", "body", null);
        long b = newItem(site, "article", mind, "Stress", "stress", null);
        long banner = newItem(site, "banner", null, "Call us", "call-us", null);
        staff().body("{\"title\":\"Stress\",\"slug\":\"stress\",\"tags\":[\"Wellbeing\",\"sleep\"]}")
                .put("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, b)
                .then()
                .statusCode(200);
        staff().body("{\"parentId\":null,\"featuredFrom\":\"2020-01-01T00:00:00Z\"}")
                .put("/api/v1/manage/sites/{site}/content/{id}", site, banner)
                .then()
                .statusCode(200);
        for (long id : new long[] {health, mind, a, b, banner}) {
            publish(site, id, "en");
        }

        given().get(LIST + "?type=article&order=title", site).then().body("items.title", contains("Body", "Stress"));
        given().get(LIST + "?section={s}&order=position", site, health)
                .then()
                .body("items.title", contains("Mind", "Body"));
        given().get(LIST + "?descendantOf={s}&type=article", site, health)
                .then()
                .body("items.title", containsInAnyOrder("Body", "Stress"));
        given().get(LIST + "?tag=wellbeing", site)
                .then()
                .body("items.title", contains("Stress"))
                .body("items[0].tags", contains("wellbeing", "sleep"));
        given().get(LIST + "?featured=true", site)
                .then()
                .body("items.title", contains("Call us"))
                .body("items[0].featured", equalTo(true));
        given().get(LIST + "?size=2&order=title", site)
                .then()
                .body("items.size()", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        given().get(LIST + "?size=2&page=9", site).then().body("items", empty()).body("totalItems", equalTo(5));
        given().get(LIST + "?descendantOf=999999999", site).then().statusCode(404);
    }

    @Test
    void rejectsBadListParameters() {
        String site = newSite();
        given().get(LIST + "?size=101", site)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"));
        given().get(LIST + "?page=0", site).then().statusCode(400).body("errors.field", contains("page"));
        given().get(LIST + "?type=video", site).then().statusCode(400).body("errors.field", contains("type"));
        given().get(LIST + "?order=random", site).then().statusCode(400).body("errors.field", contains("order"));
        given().get(LIST + "?order=relevance", site).then().statusCode(400);
    }

    @Test
    void looksUpByPathInAnyPublishedLocale() {
        String site = newSite();
        long health = newItem(site, "section", null, "Health", "health", null);
        long tips = newItem(site, "article", health, "Tips", "tips", null);
        translate(site, health, "pt", "Saúde", "saude", null);
        translate(site, tips, "pt", "Dicas", "dicas", null);
        for (String locale : new String[] {"en", "pt"}) {
            publish(site, health, locale);
            publish(site, tips, locale);
        }
        given().get("/api/v1/sites/{site}/paths/health/tips", site)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) tips))
                .body("path", equalTo("/health/tips"));
        given().get("/api/v1/sites/{site}/paths/saude/dicas?locale=pt", site)
                .then()
                .body("title", equalTo("Dicas"))
                .body("path", equalTo("/saude/dicas"));
        // A Portuguese path asked for in English gives the English item, with its canonical path.
        given().get("/api/v1/sites/{site}/paths/saude/dicas", site)
                .then()
                .body("title", equalTo("Tips"))
                .body("path", equalTo("/health/tips"));
        given().get("/api/v1/sites/{site}/paths/health/nope", site)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
    }

    @Test
    void itemsUnderAnUnpublishedSectionHaveNoPath() {
        String site = newSite();
        long section = newItem(site, "section", null, "Hidden", "hidden", null);
        long article = newItem(site, "article", section, "Visible", "visible", null);
        publish(site, article, "en");
        given().get(ITEM, site, article).then().statusCode(200).body("path", nullValue());
        given().get("/api/v1/sites/{site}/paths/hidden/visible", site).then().statusCode(404);
    }

    @Test
    void searchesWithEachLanguagesStemming() {
        String site = newSite();
        long id = newItem(
                site, "article", null, "Stress", "stress", paragraph("Running or walking for twenty minutes helps."));
        translate(site, id, "pt", "Stress", "stress", paragraph("Correr ou caminhar vinte minutos ajuda."));
        publish(site, id, "en");
        publish(site, id, "pt");
        long other = newItem(site, "article", null, "Sleep", "sleep", paragraph("Sleep eight hours."));
        publish(site, other, "en");

        given().get(LIST + "?q=runs", site).then().body("items.id", contains((int) id));
        given().get(LIST + "?q=corrida&locale=pt", site).then().body("items.id", contains((int) id));
        // English stemming does not know Portuguese: the English translation does not match.
        given().get(LIST + "?q=corrida&locale=en", site).then().body("items", empty());
        given().get(LIST + "?q=sleeping", site).then().body("items.id", contains((int) other));
        given().get(LIST + "?q=" + "x".repeat(201), site).then().statusCode(400);
    }

    @Test
    void rendersMarkdownToSafeHtmlAndPlainText() {
        String site = newSite();
        long id = newItem(
                site,
                "article",
                null,
                "Safe",
                "safe",
                "[{\"type\":\"paragraph\",\"markdown\":\"<script>alert(1)</script> **bold** [x](javascript:alert(2)) [ok](https://example.org)\"},"
                        + "{\"type\":\"list\",\"ordered\":true,\"items\":[\"*one*\",\"two\"]},"
                        + "{\"type\":\"heading\",\"text\":\"Title\"}]");
        publish(site, id, "en");
        given().get(ITEM, site, id)
                .then()
                .body("body[0].type", equalTo("paragraph"))
                .body("body[0].html", not(containsString("<script")))
                .body("body[0].html", containsString("&lt;script&gt;"))
                .body("body[0].html", containsString("<strong>bold</strong>"))
                .body("body[0].html", not(containsString("javascript:")))
                .body("body[0].html", containsString("href=\"https://example.org\">ok</a>"))
                .body("body[0].text", equalTo("<script>alert(1)</script> bold x ok"))
                .body("body[1].items.html", contains("<em>one</em>", "two"))
                .body("body[1].items.text", contains("one", "two"))
                .body("body[2].level", equalTo(2))
                .body("excerpt", notNullValue());
    }

    @Test
    void unknownSitesAndRoutesAreProblems() {
        given().get("/api/v1/sites/no-such-site/content")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"));
        given().get("/api/v1/sites/no-such-site").then().statusCode(404);
        // An id that is not a number is a malformed parameter, named, not a missing route.
        given().get("/api/v1/sites/{site}/content/abc", newSite())
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
    }
}
