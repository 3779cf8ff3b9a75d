package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Drafts;
import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * SMS and USSD messages: the counters count the text with its numbered menu lines as the api validates (SMS parts in
 * GSM-7 or UCS-2 against the site's sms.maxParts, 3 in the demo; one USSD screen of 182 GSM-7 characters), and the
 * api's verdict agrees with them on each side of each limit.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class SmsAndUssdTest {

    private static final String FORM = "form.channel";

    @Test
    void smsCountsPartsInGsm7OrUcs2WithTheMenuLinesAndTheApiAgrees() {
        Editor eddie = Editor.signedIn("eddie");
        String sms = "/sites/demo/content/" + ContentEditorTest.create(eddie, "By SMS") + "/en/channels/sms";
        Document page = eddie.page(sms, 200);
        assertEquals("0 characters in GSM-7: 0 of at most 3 SMS parts", count(page));

        // 155 GSM-7 characters and one menu line "1. Yes" (with its line break, 7): 162, over 160 → parts of 153
        page = saved(
                eddie,
                eddie.press(
                        page,
                        FORM,
                        Map.of("m0-text", "a".repeat(155), "m0-b0-title", "Yes", "m0-b0-action", "menu"),
                        "op",
                        "save"));
        assertEquals("162 characters in GSM-7: 2 of at most 3 SMS parts", count(page));
        long id = idOf(sms);
        assertEquals("a".repeat(155), Drafts.draft(id, "en").getString("channels.sms[0].text"));

        // "€" is GSM-7's extension table (2 septets); "ã" is not GSM-7, so the whole text goes as UCS-2
        page = saved(eddie, eddie.press(page, FORM, Map.of("m0-text", "€", "m0-b0-title", ""), "op", "save"));
        assertEquals("2 characters in GSM-7: 1 of at most 3 SMS parts", count(page));
        page = saved(eddie, eddie.press(page, FORM, Map.of("m0-text", "Olá, São Tomé"), "op", "save"));
        assertEquals("13 characters in UCS-2: 1 of at most 3 SMS parts", count(page));

        // 3 × 67 = 201 UCS-2 units are the most the site allows; one more is a fourth part, refused by the api
        Response refused = eddie.press(page, FORM, Map.of("m0-text", "ã".repeat(202)), "op", "save");
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertEquals("202 characters in UCS-2: 4 of at most 3 SMS parts", count(shown));
        assertTrue(shown.getElementById("m0-text-count").hasClass("over"));
        assertTrue(
                shown.select("[role=alert]").text().contains("channels.sms[0].text"),
                shown.select("main").text());
        assertEquals("ã".repeat(202), shown.getElementById("m0-text").val(), "what was typed is kept");
        page = saved(eddie, eddie.press(shown, FORM, Map.of("m0-text", "ã".repeat(201)), "op", "save"));
        assertEquals("201 characters in UCS-2: 3 of at most 3 SMS parts", count(page));
        assertFalse(page.getElementById("m0-text-count").hasClass("over"));
    }

    @Test
    void ussdHoldsOneScreenOf182Gsm7CharactersMenuLinesIncluded() {
        Editor eddie = Editor.signedIn("eddie");
        String ussd = "/sites/demo/content/" + ContentEditorTest.create(eddie, "By USSD") + "/en/channels/ussd";
        Document page = eddie.page(ussd, 200);
        assertEquals("Menu line 1", page.select("label[for=m0-b0-title]").text());

        // 170 + "\n1. Back" (8) + "\n2. Menu" (8) = 186: four over
        Response over = eddie.press(
                page,
                FORM,
                Map.of(
                        "m0-text",
                        "u".repeat(170),
                        "m0-b0-title",
                        "Back",
                        "m0-b0-action",
                        "back",
                        "m0-b1-title",
                        "Menu",
                        "m0-b1-action",
                        "menu"),
                "op",
                "save");
        assertEquals(400, over.statusCode());
        Document shown = Jsoup.parse(over.asString());
        assertEquals("186 / 182 GSM-7 characters on the screen", count(shown));
        assertTrue(shown.select("[role=alert]").text().contains("channels.ussd[0].text"));
        page = saved(eddie, eddie.press(shown, FORM, Map.of("m0-text", "u".repeat(166)), "op", "save"));
        assertEquals("182 / 182 GSM-7 characters on the screen", count(page));
        JsonPath draft = Drafts.draft(idOf(ussd), "en");
        assertEquals(List.of("Back", "Menu"), draft.getList("channels.ussd[0].buttons.title"));

        // a line break typed in the browser arrives as CRLF and is one character, as the api counts it
        page = saved(eddie, eddie.press(page, FORM, Map.of("m0-text", "Line one\r\nline two"), "op", "save"));
        assertEquals("Line one\nline two", Drafts.draft(idOf(ussd), "en").getString("channels.ussd[0].text"));
        assertEquals("33 / 182 GSM-7 characters on the screen", count(page));

        Response notGsm = eddie.press(page, FORM, Map.of("m0-text", "Pão"), "op", "save");
        assertEquals(400, notGsm.statusCode());
        assertEquals("Not GSM-7: ã (USSD takes GSM-7 only)", count(Jsoup.parse(notGsm.asString())));
    }

    private static String count(Document page) {
        return page.getElementById("m0-text-count").text();
    }

    private static long idOf(String path) {
        return Long.parseLong(path.replaceAll(".*/content/(\\d+)/.*", "$1"));
    }

    /** The page after a save that the api accepted (303 to the page again). */
    private static Document saved(Editor editor, Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return editor.page(response.getHeader("Location").replaceAll("^https?://[^/]+", ""), 200);
    }
}
