package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Translations side by side with the out-of-date flag and the fallback chain; WhatsApp messages within its limits. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class TranslationsAndChannelsTest {

    private static final String EDITOR_FORM = "form.editor";

    @Test
    void aTranslationStandsBesideItsSourceIsFlaggedOutOfDateAndTheChainSaysWhatReadersGet() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Source text");
        Document en = eddie.page("/sites/demo/content/" + id + "/en", 200);
        en = form(eddie.press(en, EDITOR_FORM, Map.of("newType", "paragraph"), "op", "add"));
        assertEquals(
                303,
                eddie.press(en, EDITOR_FORM, Map.of("b0-markdown", "The English words."), "op", "save")
                        .statusCode());
        en = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertEquals(
                303,
                eddie.press(en, "section.publishing form[action$=/publish]", Map.of(), null, null)
                        .statusCode());

        Document pt = eddie.page("/sites/demo/content/" + id + "/pt", 200);
        assertTrue(pt.select("section.source").text().contains("The English words."), "the source stands beside");
        assertEquals("en", pt.select("section.source").attr("lang"));
        assertTrue(
                pt.select("details.readers").text().contains("pt-BR → en"),
                pt.select("details.readers").text());
        Response created =
                eddie.press(pt, EDITOR_FORM, Map.of("title", "Texto de origem", "slug", "texto-" + id), "op", "save");
        assertEquals(303, created.statusCode(), created.asString());
        pt = eddie.page("/sites/demo/content/" + id + "/pt", 200);
        assertTrue(pt.select("p.stale").isEmpty(), "a fresh translation is not out of date");
        assertEquals(
                303,
                eddie.press(pt, "section.publishing form[action$=/publish]", Map.of(), null, null)
                        .statusCode());
        pt = eddie.page("/sites/demo/content/" + id + "/pt", 200);
        assertTrue(
                pt.select("details.readers").text().contains("pt-BR → pt"),
                pt.select("details.readers").text());

        // The source changes after the translation was saved.
        en = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertEquals(
                303,
                eddie.press(en, EDITOR_FORM, Map.of("b0-markdown", "The English words, changed."), "op", "save")
                        .statusCode());
        pt = eddie.page("/sites/demo/content/" + id + "/pt", 200);
        assertTrue(
                pt.select("p.stale").text().startsWith("Out of date: the en source was saved on"),
                pt.select("p.stale").text());
        Document list = eddie.page("/sites/demo/content?type=article&locale=pt&status=out-of-date", 200);
        String row = list.select("table.content tr:contains(Source text)").text();
        assertTrue(row.contains("out of date"), row);
    }

    @Test
    void aWhatsAppButtonTitleOfTwentyOneIsRefusedNamingTheFieldThenTwentyIsSaved() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Chat ready");
        String channel = "/sites/demo/content/" + id + "/en/channels/whatsapp";
        Document page = eddie.page(channel, 200);
        assertEquals("0 / 4096", page.getElementById("m0-text-count").text());
        assertEquals("0 / 20", page.getElementById("m0-b0-count").text());

        String title21 = "Twenty-one characters";
        assertEquals(21, title21.length());
        Response refused = eddie.press(
                page,
                "form.channel",
                Map.of("m0-text", "Hello from the admin", "m0-b0-title", title21, "m0-b0-action", "menu"),
                "op",
                "save");
        assertEquals(400, refused.statusCode());
        Document kept = Jsoup.parse(refused.asString());
        assertTrue(
                kept.select("[role=alert] code").eachText().contains("channels.whatsapp[0].buttons[0].title"),
                kept.select("[role=alert]").text());
        assertEquals(title21, kept.getElementById("m0-b0-title").val());
        assertEquals("21 / 20", kept.getElementById("m0-b0-count").text());
        assertTrue(kept.getElementById("m0-b0-count").hasClass("over"));
        assertEquals(
                "20 / 1024", kept.getElementById("m0-text-count").text(), "with a button, WhatsApp's interactive body");
        assertFalse(JsonPath.from(draft(id)).getMap("channels") != null
                && JsonPath.from(draft(id)).getMap("channels").containsKey("whatsapp"));

        Response saved = eddie.press(kept, "form.channel", Map.of("m0-b0-title", "Twenty characters ok"), "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath draft = JsonPath.from(draft(id));
        assertEquals("Twenty characters ok", draft.getString("channels.whatsapp[0].buttons[0].title"));
        assertEquals("Hello from the admin", draft.getString("channels.whatsapp[0].text"));
        assertEquals(List.of("menu"), draft.getList("channels.whatsapp[0].buttons.action"));
    }

    private static Document form(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    private static String draft(long id) {
        ApiUnderTest api = ApiUnderTest.shared();
        return api.send(
                "GET",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("eddie"),
                null,
                200);
    }
}
