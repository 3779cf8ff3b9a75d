package dev.beacon.api.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo promised by the README: two sites, a three-locale chain, nested sections, scheduled and expired items. */
@QuarkusTest
@ApiTest
class DemoContentLoaderTest {

    @Inject
    DemoContentLoader loader;

    @BeforeEach
    void load() {
        loader.load(); // idempotent: loads only the demo sites that are missing
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void loadsTwoSitesWithTheDemoLocaleChain() {
        given().get("/api/v1/sites").then().body("items.slug", hasItems("demo", "kenya"));
        given().get("/api/v1/sites/demo")
                .then()
                .body("defaultLocale", equalTo("en"))
                .body("locales.find { it.code == 'pt-BR' }.chain", contains("pt-BR", "pt", "en"));
        assertEquals(0, loader.load(), "a second load creates nothing");
    }

    @Test
    void hasNestedSectionsAndFifteenLiveTaggedArticles() {
        given().get("/api/v1/sites/demo/content?type=article&size=100")
                .then()
                .body("items.size()", greaterThanOrEqualTo(14)) // totals are counted only up to a limit (10 in tests)
                .body("items.findAll { it.tags.isEmpty() }", empty());
        given().get("/api/v1/sites/demo/paths/health/mental-health/stress")
                .then()
                .statusCode(200)
                .body("path", equalTo("/health/mental-health/stress"));
    }

    @Test
    void someArticlesHaveHandWrittenChatVariantsWithButtonsAndTheRestAreDerived() {
        int opened = given().get("/api/v1/sites/demo/paths/relationships/consent?channel=whatsapp")
                .then()
                .statusCode(200)
                .body("channel.source", equalTo("written"))
                .body("channel.locale", equalTo("en"))
                .body("channel.messages[1].buttons.action", contains("open", "open", "menu"))
                .extract()
                .path("channel.messages[1].buttons[0].itemId");
        given().get("/api/v1/sites/demo/content/" + opened).then().body("slug", equalTo("controlling-partner"));
        given().get("/api/v1/sites/demo/paths/relationships/consent?channel=messenger")
                .then()
                .body("channel.source", equalTo("written"))
                .body("channel.messages[0].buttons.size()", equalTo(4));
        // pt-BR falls back to the Portuguese variant, written for WhatsApp only.
        given().get("/api/v1/sites/demo/paths/relationships/consent?channel=whatsapp&locale=pt-BR")
                .then()
                .body("channel.source", equalTo("written"))
                .body("channel.locale", equalTo("pt"));
        given().get("/api/v1/sites/demo/paths/health/mental-health/stress?channel=whatsapp")
                .then()
                .body("channel.messages[1].buttons.action", contains("more"));
        given().get("/api/v1/sites/demo/paths/relationships/breaking-up?channel=whatsapp")
                .then()
                .body("channel.source", equalTo("derived"));
        // The long sleep article is derived into pages that end with "more".
        given().get("/api/v1/sites/demo/paths/health/mental-health/sleep-better?channel=whatsapp")
                .then()
                .body("channel.source", equalTo("derived"))
                .body("channel.messages.size()", greaterThanOrEqualTo(3))
                .body(
                        "channel.messages.findAll { it.buttons?.any { b -> b.action == 'more' } }.size()",
                        greaterThanOrEqualTo(1))
                .body("channel.messages[-1].buttons", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void translatesSomeArticlesToPortugueseAndNoneToBrazilianPortuguese() {
        List<String> served = given().get("/api/v1/sites/demo/content?type=article&size=100&locale=pt-BR")
                .then()
                .extract()
                .jsonPath()
                .getList("items.locale", String.class);
        org.hamcrest.MatcherAssert.assertThat(served, hasItems("pt", "en"));
        org.hamcrest.MatcherAssert.assertThat(served, not(hasItems("pt-BR")));
    }

    @Test
    void holdsOneArticleForTheFutureAndOneThatHasExpired() {
        given().get("/api/v1/sites/demo/content?q=festival").then().body("items", empty());
        // The expired article was published with a window that closed seconds after loading.
        dev.beacon.api.testing.Staff.staff()
                .get("/api/v1/manage/sites/demo/content?type=article&size=100")
                .then()
                .body(
                        "items.translations.flatten().findAll { it.liveUntil != null }.title",
                        contains("Last year's exam tips"))
                .body(
                        "items.translations.flatten().findAll { it.status == 'scheduled' }.title",
                        contains("Youth festival announced"));
        TestClock.advance(Duration.ofDays(8));
        given().get("/api/v1/sites/demo/content?q=festival")
                .then()
                .body("items.title", contains("Youth festival announced"));
        given().get("/api/v1/sites/demo/content?q=archived").then().body("items", empty());
    }

    @Test
    void offersAPollASurveyAStoryCompetitionAndAReactionQuestionToTryEveryCommunityFeature() {
        long poll = given().get("/api/v1/sites/demo/paths/have-your-say/health-information-poll")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/sites/demo/polls/{id}?locale=pt", poll)
                .then()
                .statusCode(200)
                .body("state", equalTo("open"))
                .body("choices.label", hasItems("Amigos", "A internet"));
        long survey = given().get("/api/v1/sites/demo/paths/have-your-say/wellbeing-survey")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/sites/demo/surveys/{id}", survey).then().statusCode(200);
        long competition = given().get("/api/v1/sites/demo/paths/have-your-say/your-words")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/sites/demo/competitions/{id}", competition)
                .then()
                .statusCode(200)
                .body("open", equalTo(true));
        long consent = given().get("/api/v1/sites/demo/paths/relationships/consent")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/sites/demo/content/{id}/reactions", consent)
                .then()
                .statusCode(200)
                .body("choices.key", contains("helpful", "love", "confused"));
    }
}
