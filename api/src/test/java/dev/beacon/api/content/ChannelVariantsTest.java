package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.beacon.api.testing.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Written channel variants, saved through the management API: kept with revisions, held to each platform's limits. */
@QuarkusTest
@ApiTest
class ChannelVariantsTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String TRANSLATION = "/api/v1/manage/sites/{site}/content/{id}/translations/{locale}";

    @Test
    void savesVariantsWithTheTranslationAndReturnsThemInTheRevision() {
        String site = newSite();
        long other = newItem(site, "article", null, "Other", "other", null);
        long id = newItem(site, "article", null, "Story", "story", null);
        String channels = """
                {"whatsapp":[{"text":"*Hello*"},
                             {"text":"Read on","buttons":[{"title":"Other","action":"open","itemId":%d},
                                                          {"title":"Menu","action":"menu"}]}],
                 "sms":[{"text":"Hello by SMS"}]}""".formatted(other);
        save(site, id, body(channels)).statusCode(200).body("currentRevision", equalTo(2));

        staff().get(TRANSLATION, site, id, "en")
                .then()
                .body("channels.whatsapp.text", contains("*Hello*", "Read on"))
                .body("channels.whatsapp[1].buttons.action", contains("open", "menu"))
                .body("channels.whatsapp[1].buttons[0].itemId", equalTo((int) other))
                .body("channels.sms[0].text", equalTo("Hello by SMS"))
                .body("channels.messenger", nullValue());
        staff().get(TRANSLATION + "/revisions/2", site, id, "en")
                .then()
                .body("channels.whatsapp[0].text", equalTo("*Hello*"));
        staff().get(TRANSLATION + "/revisions/1", site, id, "en").then().body("channels", nullValue());
    }

    @Test
    void restoringARevisionBringsItsVariantsBack() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        save(site, id, body("{\"whatsapp\":[{\"text\":\"First variant\"}]}")).statusCode(200);
        save(site, id, body("{\"whatsapp\":[{\"text\":\"Second variant\"}]}")).statusCode(200);
        save(site, id, body(null)).statusCode(200).body("channels", nullValue());

        staff().post(TRANSLATION + "/revisions/2/restore", site, id, "en")
                .then()
                .statusCode(200)
                .body("currentRevision", equalTo(5))
                .body("channels.whatsapp[0].text", equalTo("First variant"));
    }

    @Test
    void whatsappButtonTitleOfTwentyCharactersIsAcceptedAndTwentyOneRefused() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        save(site, id, body(whatsappButton("x".repeat(20)))).statusCode(200);
        refused(site, id, body(whatsappButton("x".repeat(21))), "channels.whatsapp[0].buttons[0].title", "20");
        // Counted in UTF-16 units (never less than what Meta counts): an emoji takes two.
        save(site, id, body(whatsappButton("😀".repeat(10)))).statusCode(200);
        refused(site, id, body(whatsappButton("😀".repeat(10) + "x")), "channels.whatsapp[0].buttons[0].title", "20");
    }

    @Test
    void eachWhatsappLimitExceededByOneIsRefusedNamingFieldAndLimit() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        save(site, id, body(whatsapp("{\"text\":\"" + "a".repeat(4096) + "\"}")))
                .statusCode(200);
        refused(
                site,
                id,
                body(whatsapp("{\"text\":\"" + "a".repeat(4097) + "\"}")),
                "channels.whatsapp[0].text",
                "4096");
        String menu = "\"buttons\":[{\"title\":\"Menu\",\"action\":\"menu\"}]";
        save(site, id, body(whatsapp("{\"text\":\"" + "a".repeat(1024) + "\"," + menu + "}")))
                .statusCode(200);
        refused(
                site,
                id,
                body(whatsapp("{\"text\":\"ok\"},{\"text\":\"" + "a".repeat(1025) + "\"," + menu + "}")),
                "channels.whatsapp[1].text",
                "1024");
        String three = "{\"title\":\"A\",\"action\":\"menu\"},{\"title\":\"B\",\"action\":\"back\"},"
                + "{\"title\":\"C\",\"action\":\"more\"}";
        save(site, id, body(whatsapp("{\"text\":\"t\",\"buttons\":[" + three + "]}")))
                .statusCode(200);
        refused(
                site,
                id,
                body(whatsapp("{\"text\":\"t\",\"buttons\":[" + three + ",{\"title\":\"D\",\"action\":\"menu\"}]}")),
                "channels.whatsapp[0].buttons",
                "3");
    }

    @Test
    void messengerAndTelegramTextLimitsAreTheirOwn() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        save(site, id, body("{\"messenger\":[{\"text\":\"" + "a".repeat(2000) + "\"}]}"))
                .statusCode(200);
        refused(
                site,
                id,
                body("{\"messenger\":[{\"text\":\"" + "a".repeat(2001) + "\"}]}"),
                "channels.messenger[0].text",
                "2000");
        StringBuilder thirteen = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            thirteen.append(i == 0 ? "" : ",")
                    .append("{\"title\":\"B")
                    .append(i)
                    .append("\",\"action\":\"menu\"}");
        }
        save(site, id, body("{\"messenger\":[{\"text\":\"t\",\"buttons\":[" + thirteen + "]}]}"))
                .statusCode(200);
        refused(
                site,
                id,
                body("{\"messenger\":[{\"text\":\"t\",\"buttons\":[" + thirteen
                        + ",{\"title\":\"B13\",\"action\":\"menu\"}]}]}"),
                "channels.messenger[0].buttons",
                "13");
        save(site, id, body("{\"telegram\":[{\"text\":\"" + "a".repeat(4096) + "\"}]}"))
                .statusCode(200);
        refused(
                site,
                id,
                body("{\"telegram\":[{\"text\":\"" + "a".repeat(4097) + "\"}]}"),
                "channels.telegram[0].text",
                "4096");
    }

    @Test
    void smsIsCountedInPartsOfGsm7OrUcs2AgainstTheSitesCap() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        // The default cap is 3 parts: 3 × 153 GSM-7 characters, or 3 × 67 UCS-2 ones.
        save(site, id, body(sms("a".repeat(459)))).statusCode(200);
        refused(site, id, body(sms("a".repeat(460))), "channels.sms[0].text", "at most 3 (sms.maxParts)");
        // A character of the extension table counts two.
        save(site, id, body(sms("a".repeat(457) + "€"))).statusCode(200);
        refused(site, id, body(sms("a".repeat(458) + "€")), "channels.sms[0].text", "GSM7");
        save(site, id, body(sms("ã".repeat(201)))).statusCode(200);
        refused(site, id, body(sms("ã".repeat(202))), "channels.sms[0].text", "UCS2");
        // The numbered menu lines count too.
        refused(
                site,
                id,
                body("{\"sms\":[{\"text\":\"" + "a".repeat(455)
                        + "\",\"buttons\":[{\"title\":\"More\",\"action\":\"more\"}]}]}"),
                "channels.sms[0].text",
                "menu lines");
    }

    @Test
    void theSmsPartCapIsASiteSettingValidatedWhenSet() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        setSmsMaxParts(site, "1").statusCode(200).body("settings.sms.maxParts", equalTo(1));
        save(site, id, body(sms("a".repeat(160)))).statusCode(200);
        refused(site, id, body(sms("a".repeat(161))), "channels.sms[0].text", "at most 1 (sms.maxParts)");
        setSmsMaxParts(site, "0").statusCode(400).body("errors.field", hasItem("settings.sms.maxParts"));
        setSmsMaxParts(site, "11").statusCode(400);
    }

    @Test
    void ussdTakesOnlyGsm7WithinOneScreen() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        save(site, id, body(ussd("a".repeat(182)))).statusCode(200);
        refused(site, id, body(ussd("a".repeat(183))), "channels.ussd[0].text", "182");
        refused(site, id, body(ussd("Não")), "channels.ussd[0].text", "GSM-7");
        save(
                        site,
                        id,
                        body("{\"ussd\":[{\"text\":\"" + "a".repeat(170)
                                + "\",\"buttons\":[{\"title\":\"Menu\",\"action\":\"menu\"}]}]}"))
                .statusCode(200);
        refused(
                site,
                id,
                body("{\"ussd\":[{\"text\":\"" + "a".repeat(175)
                        + "\",\"buttons\":[{\"title\":\"Menu\",\"action\":\"menu\"}]}]}"),
                "channels.ussd[0].text",
                "182");
    }

    @Test
    void buttonsOpenOnlyItemsOfTheSameSite() {
        String site = newSite();
        String elsewhere = newSite();
        long foreign = newItem(elsewhere, "article", null, "Foreign", "foreign", null);
        long banner = newItem(site, "banner", null, "Banner", "banner", null);
        long id = newItem(site, "article", null, "Story", "story", null);
        refused(site, id, body(open(foreign)), "channels.whatsapp[0].buttons[0].itemId", "no item " + foreign);
        refused(site, id, body(open(banner)), "channels.whatsapp[0].buttons[0].itemId", "banner");
        refused(
                site,
                id,
                body(whatsapp("{\"text\":\"t\",\"buttons\":[{\"title\":\"Open\",\"action\":\"open\"}]}")),
                "channels.whatsapp[0].buttons[0].itemId",
                "names the item");
    }

    @Test
    void unknownChannelsImagesAndEmptyMessagesAreNamed() {
        String site = newSite();
        long id = newItem(site, "article", null, "Story", "story", null);
        refused(site, id, body("{\"signal\":[{\"text\":\"t\"}]}"), "channels.signal", "whatsapp");
        refused(site, id, body(whatsapp("{\"buttons\":[]}")), "channels.whatsapp[0].text", "text or an image");
        refused(
                site,
                id,
                body(whatsapp("{\"text\":\"t\",\"image\":{\"block\":0}}")),
                "channels.whatsapp[0].image.block",
                "not an image block");
        refused(
                site,
                id,
                body("{\"sms\":[{\"text\":\"t\",\"image\":{\"url\":\"https://example.org/a.png\"}}]}"),
                "channels.sms[0].image",
                "cannot carry an image");
        // An image block of the body may be named by its index.
        staff().body("""
                {"title":"Story","slug":"story",
                 "body":[{"type":"paragraph","markdown":"p"},{"type":"image","src":"https://example.org/a.png","alt":"A"}],
                 "channels":{"whatsapp":[{"image":{"block":1}}]}}""")
                .put(TRANSLATION, site, id, "en")
                .then()
                .statusCode(200)
                .body("channels.whatsapp[0].image.block", equalTo(1));
    }

    private static ValidatableResponse setSmsMaxParts(String site, String parts) {
        return staff().body("""
                {"name":"Test","locales":[{"code":"en","name":"English"},{"code":"pt","name":"Português","fallback":"en"},
                 {"code":"pt-BR","name":"Português (Brasil)","fallback":"pt"}],"settings":{"sms":{"maxParts":%s}}}""".formatted(parts))
                .put("/api/v1/manage/sites/{site}", site)
                .then();
    }

    /** Refused with a validation problem naming the field and the limit, and nothing saved. */
    private static void refused(String site, long id, String body, String field, String limit) {
        int revision = staff().get(TRANSLATION, site, id, "en").then().extract().path("currentRevision");
        save(site, id, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(limit));
        staff().get(TRANSLATION, site, id, "en").then().body("currentRevision", equalTo(revision));
    }

    private static ValidatableResponse save(String site, long id, String body) {
        return staff().body(body).put(TRANSLATION, site, id, "en").then();
    }

    private static String body(String channels) {
        return "{\"title\":\"Story\",\"slug\":\"story\",\"body\":" + paragraph("Body") + ",\"channels\":" + channels
                + "}";
    }

    private static String whatsapp(String messages) {
        return "{\"whatsapp\":[" + messages + "]}";
    }

    private static String whatsappButton(String title) {
        return whatsapp("{\"text\":\"t\",\"buttons\":[{\"title\":\"" + title + "\",\"action\":\"menu\"}]}");
    }

    private static String open(long item) {
        return whatsapp(
                "{\"text\":\"t\",\"buttons\":[{\"title\":\"Open\",\"action\":\"open\",\"itemId\":" + item + "}]}");
    }

    private static String sms(String text) {
        return "{\"sms\":[{\"text\":\"" + text + "\"}]}";
    }

    private static String ussd(String text) {
        return "{\"ussd\":[{\"text\":\"" + text + "\"}]}";
    }
}
