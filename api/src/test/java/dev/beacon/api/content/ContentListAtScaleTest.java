package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.translate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cursor paging, "more than" totals and the typing help of search (issue #18). */
@QuarkusTest
@ApiTest
class ContentListAtScaleTest {

    private static final String LIST = "/api/v1/sites/{site}/content";
    private static final String VALIDATION = "https://beacon.dev/problems/validation";

    @Test
    void cursorPagingNeitherSkipsNorRepeatsWhileContentIsPublishedBetweenPages() {
        // Seeded samples: how many items, the page size, and after which pages new items are published.
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            String site = newSite();
            List<Long> before = new ArrayList<>();
            int count = 5 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                before.add(article(site, "Item " + i, "item-" + i));
            }
            int size = 2 + random.nextInt(3);
            for (String order : List.of("-publishedAt", "publishedAt")) {
                List<Long> seen = new ArrayList<>();
                List<Long> publishedMeanwhile = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    String url =
                            LIST + "?order=" + order + "&size=" + size + (cursor == null ? "" : "&after=" + cursor);
                    JsonPath page = given().get(url, site)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    seen.addAll(page.getList("items.id", Long.class));
                    cursor = page.getString("nextCursor");
                    if (random.nextBoolean()) {
                        publishedMeanwhile.add(article(
                                site,
                                "New " + seen.size() + order,
                                "new-" + seen.size() + "-" + (order.startsWith("-") ? "d" : "a") + "-" + pages));
                    }
                } while (cursor != null && ++pages < 50);
                assertEquals(seen.size(), new HashSet<>(seen).size(), "no item repeated: " + seen);
                if (order.startsWith("-")) {
                    // newest first: what is published meanwhile is newer than the cursor, so only the items that
                    // were there when paging started come, each exactly once, newest first
                    List<Long> expected = new ArrayList<>(before);
                    java.util.Collections.reverse(expected);
                    assertEquals(expected, seen.subList(0, Math.min(seen.size(), expected.size())));
                    assertEquals(
                            Set.copyOf(expected),
                            Set.copyOf(seen.stream().filter(before::contains).toList()));
                } else {
                    // oldest first: every item that was there, in order, then only items published meanwhile
                    assertEquals(before, seen.subList(0, before.size()));
                    assertEquals(
                            List.of(),
                            seen.subList(before.size(), seen.size()).stream()
                                    .filter(id -> !publishedMeanwhile.contains(id))
                                    .toList());
                }
                before.addAll(publishedMeanwhile);
                before.sort(null);
            }
        }
    }

    @Test
    void refusesCursorsItDidNotIssueAndCursorsWithPagesOrOtherOrders() {
        String site = newSite();
        article(site, "One", "one");
        article(site, "Two", "two");
        String cursor =
                given().get(LIST + "?size=1", site).then().extract().jsonPath().getString("nextCursor");
        given().get(LIST + "?after=not-a-cursor", site)
                .then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors.field", hasItem("after"));
        given().get(LIST + "?order=title&after=" + cursor, site).then().statusCode(400);
        given().get(LIST + "?page=2&after=" + cursor, site).then().statusCode(400);
        given().get(LIST + "?order=publishedAt&after=" + cursor, site).then().statusCode(400);
        given().get(LIST + "?size=1&after=" + cursor, site)
                .then()
                .statusCode(200)
                .body("items.title", contains("One"))
                .body("nextCursor", nullValue());
    }

    @Test
    void countsTotalsUpToTheLimitAndThenSaysMoreThan() {
        String site = newSite();
        for (int i = 0; i < 12; i++) { // the tests' count limit is 10
            article(site, "Many " + i, "many-" + i);
        }
        given().get(LIST + "?size=5", site)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(10))
                .body("totalExact", equalTo(false))
                .body("totalPages", equalTo(2))
                .body("nextCursor", notNullValue());
        given().get(LIST + "?size=5&page=3", site).then().body("items.size()", equalTo(2));
        given().get(LIST + "?q=many&size=5", site).then().body("totalExact", equalTo(false));
        given().get(LIST + "?q=\"many 3\"", site)
                .then()
                .body("totalItems", equalTo(1))
                .body("totalExact", equalTo(true));
        given().contentType("application/json")
                .body("{\"query\":\"{ site(slug:\\\"" + site
                        + "\\\") { content(size:5) { totalItems totalExact nextCursor } } }\"}")
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.site.content.totalItems", equalTo(10))
                .body("data.site.content.totalExact", equalTo(false))
                .body("data.site.content.nextCursor", notNullValue());
    }

    @Test
    void findsWordsByTheirBeginningAndWithoutAccentsInEnglishAndPortuguese() {
        String site = newSite();
        long sleep = newItem(site, "article", null, "Sleep better tonight", "sleep", paragraph("Rest and café"));
        translate(site, sleep, "pt", "Dormir melhor", "dormir", paragraph("Saúde do sono e descanso"));
        publish(site, sleep, "en");
        publish(site, sleep, "pt");
        long other = article(site, "Exams", "exams");

        for (String q : List.of("sle", "sleep", "SLEE", "tonig", "better sle", "cafe", "café")) {
            given().get(LIST + "?q=" + q, site).then().statusCode(200).body("items.id", contains((int) sleep));
        }
        for (String q : List.of("saude", "saúde", "SAUDE", "saú", "dorm", "descan", "sono")) {
            given().queryParam("q", q)
                    .get(LIST + "?locale=pt", site)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains((int) sleep))
                    .body("items[0].locale", equalTo("pt"));
        }
        // A Portuguese reader searching in English still finds the item through the fallback chain only when the
        // translation served (pt) matches: the English words do not match for it.
        given().get(LIST + "?locale=pt&q=tonight", site).then().body("items", empty());
        // the English-only item is served to pt readers in English and found with English rules
        given().get(LIST + "?locale=pt&q=exa", site).then().body("items.id", contains((int) other));
        // two letters are not a prefix yet
        given().get(LIST + "?q=sl", site).then().body("items", empty());
        given().get(LIST + "?q=sle&order=relevance", site).then().body("items.id", not(empty()));
    }

    @Test
    void listsCarryOnlyTheFieldsAskedForAndFullBodiesWhenAsked() {
        String site = newSite();
        long id = newItem(site, "article", null, "Full", "full", paragraph("The **whole** text"));
        publish(site, id, "en");

        given().get(LIST + "?fields=id,title", site)
                .then()
                .statusCode(200)
                .body("items[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("id", "title"))
                .body("items[0].title", equalTo("Full"))
                .body("totalItems", equalTo(1));
        given().get(LIST + "?fields=*,body", site)
                .then()
                .statusCode(200)
                .body("items[0].excerpt", equalTo("The whole text"))
                .body("items[0].body[0].html", equalTo("The <strong>whole</strong> text"))
                .body("items[0].seo", nullValue());
        given().get(LIST, site).then().body("items[0].body", nullValue());
        given().get(LIST + "?fields=id,nope,bogus", site)
                .then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors.field", contains("fields"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("unknown fields nope, bogus"));
        given().get(LIST + "?fields=,", site).then().statusCode(400);
    }

    private static long article(String site, String title, String slug) {
        long id = newItem(site, "article", null, title, slug, null);
        publish(site, id, "en");
        return id;
    }
}
