package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.staff;
import static dev.beacon.api.testing.Staff.translate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery of an item's messages for one channel: written variants along the locale chain, else derived. */
@QuarkusTest
@ApiTest
class ChannelDeliveryTest {

    private static final String ITEM = "/api/v1/sites/{site}/content/{id}";
    private static final String TRANSLATION = "/api/v1/manage/sites/{site}/content/{id}/translations/{locale}";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void writtenVariantIsDeliveredInTheAgreedShape() {
        String site = newSite();
        long other = newItem(site, "article", null, "Other", "other", null);
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(site, id, "en", """
                {"whatsapp":[{"text":"*Hi*","buttons":[{"title":"Read: Other","action":"open","itemId":%d},
                                                       {"title":"More","action":"more"}]},
                             {"text":"Bye"}]}""".formatted(other));
        publish(site, id, "en");

        given().get(ITEM + "?channel=whatsapp", site, id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Story"))
                .body("channel.name", equalTo("whatsapp"))
                .body("channel.source", equalTo("written"))
                .body("channel.locale", equalTo("en"))
                .body("channel.messages.text", contains("*Hi*", "Bye"))
                .body(
                        "channel.messages[0].buttons[0]",
                        equalTo(Map.of("title", "Read: Other", "action", "open", "itemId", (int) other)))
                .body("channel.messages[0].buttons[1]", equalTo(Map.of("title", "More", "action", "more")))
                .body("channel.messages[1].buttons", nullValue())
                .body("channel.messages[1].image", nullValue());
        // Without the parameter the item is as it always was.
        given().get(ITEM, site, id).then().statusCode(200).body("channel", nullValue());
    }

    @Test
    void anImageBlockNamedByIndexIsDeliveredAsItsUrlAndAlt() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        staff().body("""
                {"title":"Story","slug":"story",
                 "body":[{"type":"image","src":"https://example.org/a.png","alt":"A clinic"}],
                 "channels":{"messenger":[{"text":"Look","image":{"block":0}}]}}""").put(TRANSLATION, site, id, "en").then().statusCode(200);
        publish(site, id, "en");
        given().get(ITEM + "?channel=messenger", site, id)
                .then()
                .body("channel.messages[0].image.url", equalTo("https://example.org/a.png"))
                .body("channel.messages[0].image.alt", equalTo("A clinic"));
    }

    @Test
    void unknownChannelIs400NamingTheParameter() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        publish(site, id, "en");
        given().get(ITEM + "?channel=signal", site, id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        given().get("/api/v1/sites/{site}/paths/story?channel=fax", site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void eachChannelWalksTheLocaleChainForAWrittenVariantBeforeDerivingOne() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("English body"));
        write(
                site,
                id,
                "en",
                "{\"whatsapp\":[{\"text\":\"en whatsapp\"}],\"messenger\":[{\"text\":\"en messenger\"}]}");
        translate(site, id, "pt", "História", "historia", paragraph("Corpo em português"));
        write(site, id, "pt", "{\"whatsapp\":[{\"text\":\"pt whatsapp\"}]}");
        translate(site, id, "pt-BR", "História (BR)", "historia", paragraph("Corpo brasileiro"));
        publish(site, id, "en");
        publish(site, id, "pt");
        publish(site, id, "pt-BR");

        // pt-BR has no variant: WhatsApp comes from pt, Messenger from en, Telegram is derived from pt-BR's body.
        channel(site, id, "pt-BR", "whatsapp")
                .body("locale", equalTo("pt-BR"))
                .body("channel.source", equalTo("written"))
                .body("channel.locale", equalTo("pt"))
                .body("channel.messages[0].text", equalTo("pt whatsapp"));
        channel(site, id, "pt-BR", "messenger")
                .body("channel.source", equalTo("written"))
                .body("channel.locale", equalTo("en"))
                .body("channel.messages[0].text", equalTo("en messenger"));
        channel(site, id, "pt-BR", "telegram")
                .body("channel.source", equalTo("derived"))
                .body("channel.locale", equalTo("pt-BR"))
                .body("channel.messages[0].text", equalTo("<b>História (BR)</b>\n\nCorpo brasileiro"));

        // Unpublishing pt takes its variant out of the chain at once.
        staff().post(TRANSLATION + "/unpublish", site, id, "pt").then().statusCode(200);
        channel(site, id, "pt-BR", "whatsapp")
                .body("channel.locale", equalTo("en"))
                .body("channel.messages[0].text", equalTo("en whatsapp"));
    }

    @Test
    void aDraftVariantIsNotDeliveredUntilItsRevisionIsPublished() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(site, id, "en", "{\"whatsapp\":[{\"text\":\"first\"}]}");
        publish(site, id, "en");
        write(site, id, "en", "{\"whatsapp\":[{\"text\":\"second\"}]}");
        channel(site, id, "en", "whatsapp").body("channel.messages[0].text", equalTo("first"));
        publish(site, id, "en");
        channel(site, id, "en", "whatsapp").body("channel.messages[0].text", equalTo("second"));
    }

    @Test
    void aScheduledTranslationsVariantAppliesFromItsGoLive() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(site, id, "en", "{\"whatsapp\":[{\"text\":\"en now\"}]}");
        publish(site, id, "en");
        translate(site, id, "pt", "História", "historia", paragraph("Corpo"));
        write(site, id, "pt", "{\"whatsapp\":[{\"text\":\"pt later\"}]}");
        Instant goLive = TestClock.now().plus(Duration.ofHours(1));
        publish(site, id, "pt", "{\"liveFrom\":\"" + goLive + "\"}");

        channel(site, id, "pt", "whatsapp").body("channel.messages[0].text", equalTo("en now"));
        TestClock.advance(Duration.ofHours(2));
        channel(site, id, "pt", "whatsapp")
                .body("channel.locale", equalTo("pt"))
                .body("channel.messages[0].text", equalTo("pt later"));
    }

    @Test
    void withoutAWrittenVariantEveryChannelGetsADerivedOne() {
        String site = newSite();
        long poll = newItem(site, "poll", null, "Where do you get health advice?", "advice-poll", null);
        publish(site, poll, "en");
        long id = newItem(site, "article", null, "Exam tips", "exam-tips", null);
        staff().body("""
                {"title":"Exam tips","slug":"exam-tips","body":[
                  {"type":"heading","level":2,"text":"Before"},
                  {"type":"paragraph","markdown":"Sleep **eight hours**. See [the guide](https://example.org/guide)."},
                  {"type":"list","items":["Plan","Rest"]},
                  {"type":"image","src":"https://example.org/a.png","alt":"A desk","caption":"Your desk"},
                  {"type":"embed","itemId":%d}]}""".formatted(poll))
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(200);
        publish(site, id, "en");

        channel(site, id, "en", "whatsapp")
                .body("channel.source", equalTo("derived"))
                .body("channel.messages[0].text", startsWith("*Exam tips*\n\n*Before*\n\nSleep *eight hours*."))
                .body("channel.messages[1].image.url", equalTo("https://example.org/a.png"))
                .body("channel.messages[1].text", equalTo("Your desk"))
                .body("channel.messages[2].text", equalTo("*Where do you get health advice?*"))
                .body(
                        "channel.messages[2].buttons[0]",
                        equalTo(Map.of("title", "Vote", "action", "open", "itemId", (int) poll)));
        channel(site, id, "en", "sms")
                .body(
                        "channel.messages[0].text",
                        startsWith("Exam tips\n\nBefore\n\nSleep eight hours. See the guide"
                                + " (https://example.org/guide).\n\n- Plan\n- Rest\n\nYour desk"))
                .body("channel.messages.findAll { it.image != null }", hasSize(0));
        for (String name : new String[] {"messenger", "telegram", "ussd"}) {
            channel(site, id, "en", name)
                    .body("channel.source", equalTo("derived"))
                    .body("channel.messages", hasSize(greaterThan(0)));
        }
    }

    @Test
    void aLongDerivedVariantIsPagedWithMore() {
        String site = newSite();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"paragraph\",\"markdown\":\"Paragraph ")
                    .append(i)
                    .append(". ")
                    .append("Words that fill the screen. ".repeat(10))
                    .append("\"}");
        }
        long id =
                newItem(site, "article", null, "Long", "long", body.append("]").toString());
        publish(site, id, "en");
        var whatsapp = channel(site, id, "en", "whatsapp").extract().jsonPath();
        int messages = whatsapp.getList("channel.messages").size();
        int mores = whatsapp.getList("channel.messages.findAll { it.buttons?.any { b -> b.action == 'more' } }")
                .size();
        org.junit.jupiter.api.Assertions.assertTrue(messages > 3, "a long article takes several messages");
        org.junit.jupiter.api.Assertions.assertTrue(mores >= 1, "pages end with more");
        org.junit.jupiter.api.Assertions.assertNull(
                whatsapp.get("channel.messages[-1].buttons"), "the last page has nothing more");
        channel(site, id, "en", "ussd")
                .body("channel.messages.size()", greaterThan(10))
                .body("channel.messages[0].buttons.action", contains("more"));
    }

    @Test
    void channelResponsesAreCachedPerChannelWithETagsAndRenewedOnPublish() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(site, id, "en", "{\"whatsapp\":[{\"text\":\"first\"}]}");
        publish(site, id, "en");

        String etag = given().get(ITEM + "?channel=whatsapp", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", not(nullValue()))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(ITEM + "?channel=whatsapp", site, id)
                .then()
                .statusCode(304);
        String messenger = given().get(ITEM + "?channel=messenger", site, id)
                .then()
                .statusCode(200)
                .body("channel.name", equalTo("messenger"))
                .extract()
                .header("ETag");
        assertNotEquals(etag, messenger, "each channel is its own response");
        given().header("If-None-Match", etag).get(ITEM, site, id).then().statusCode(200);

        write(site, id, "en", "{\"whatsapp\":[{\"text\":\"second\"}]}");
        publish(site, id, "en");
        given().header("If-None-Match", etag)
                .get(ITEM + "?channel=whatsapp", site, id)
                .then()
                .statusCode(200)
                .body("channel.messages[0].text", equalTo("second"));
    }

    @Test
    void byPathTakesTheChannelToo() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(site, id, "en", "{\"telegram\":[{\"text\":\"by path\"}]}");
        publish(site, id, "en");
        given().get("/api/v1/sites/{site}/paths/story?channel=telegram", site)
                .then()
                .statusCode(200)
                .body("channel.source", equalTo("written"))
                .body("channel.messages[0].text", equalTo("by path"));
    }

    @Test
    void graphqlGivesAnItemsChannelMessages() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", paragraph("Body"));
        write(
                site,
                id,
                "en",
                "{\"whatsapp\":[{\"text\":\"hi\",\"buttons\":[{\"title\":\"Menu\",\"action\":\"menu\"}]}]}");
        publish(site, id, "en");
        String query = """
                query($slug: String!, $id: BigInteger!) { site(slug: $slug, locale: "pt-BR") { item(id: $id) {
                  whatsapp: channel(name: "whatsapp") { name source locale messages { text buttons { title action itemId } } }
                  sms: channel(name: "sms") { source messages { text } } } } }""";
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("slug", site, "id", id)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.site.item.whatsapp.source", equalTo("written"))
                .body("data.site.item.whatsapp.locale", equalTo("en"))
                .body("data.site.item.whatsapp.messages[0].text", equalTo("hi"))
                .body("data.site.item.whatsapp.messages[0].buttons[0].action", equalTo("menu"))
                .body("data.site.item.sms.source", equalTo("derived"))
                .body("data.site.item.sms.messages[0].text", equalTo("Story\n\nBody"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "query",
                        "query($slug: String!, $id: BigInteger!) { site(slug: $slug) { item(id: $id) {"
                                + " channel(name: \"fax\") { source } } } }",
                        "variables",
                        Map.of("slug", site, "id", id)))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.problemType", equalTo("https://beacon.dev/problems/validation"));
    }

    private static io.restassured.response.ValidatableResponse channel(
            String site, long id, String locale, String channel) {
        return given().get(ITEM + "?locale=" + locale + "&channel=" + channel, site, id)
                .then()
                .statusCode(200);
    }

    /** Saves the translation again with these variants (keeping its title, slug and body). */
    private static void write(String site, long id, String locale, String channels) {
        var current = staff().get(TRANSLATION, site, id, locale)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("title", current.getString("title"));
        request.put("slug", current.getString("slug"));
        request.put("body", current.getList("body"));
        request.put("channels", io.restassured.path.json.JsonPath.from(channels).getMap(""));
        staff().body(request).put(TRANSLATION, site, id, locale).then().statusCode(200);
    }
}
