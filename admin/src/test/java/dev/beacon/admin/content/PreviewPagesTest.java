package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Drafts;
import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The preview of a draft: the mobi-site's preview route in a feature phone's and a smartphone's frame, fed a preview
 * token that reads exactly this draft, and the WhatsApp and Messenger bubbles as channel-kit's renderer fits them.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class PreviewPagesTest {

    @Test
    void anEditorSeesTheDraftInTwoScreenSizesAndAsChatBubbles() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Preview me");
        ApiUnderTest api = ApiUnderTest.shared();
        String title = saveDraft(id, """
                {"title":"%s","slug":"preview-me-%d",
                 "body":[{"type":"paragraph","markdown":"Draft words for the phone."}],
                 "channels":{"whatsapp":[{"text":"Hello on WhatsApp","buttons":[{"title":"Tell me more","action":"menu"}]}]}}""");
        assertTrue(
                eddie.page("/sites/demo/content/" + id + "/en", 200)
                        .select("a[href$=/preview]")
                        .hasText(),
                "the editor links to the preview");

        Document page = eddie.page("/sites/demo/content/" + id + "/en/preview", 200);
        List<Element> frames = page.select("iframe");
        assertEquals(
                List.of("240", "360"), frames.stream().map(f -> f.attr("width")).toList());
        assertEquals(
                List.of("320", "640"),
                frames.stream().map(f -> f.attr("height")).toList());
        String src = frames.get(0).attr("src");
        assertEquals(src, frames.get(1).attr("src"));
        String web = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("beacon.admin.web.url", String.class);
        assertTrue(src.startsWith(web + "/s/demo/preview/"), src + " on " + web);
        assertTrue(frames.get(0).attr("title").contains("240×320"), "each frame is named for screen readers");
        // the token in the frame reads this draft, which is not published
        String token = src.substring(src.lastIndexOf('/') + 1);
        JsonPath read = JsonPath.from(api.send("GET", "/api/v1/sites/demo/preview/" + token, null, null, 200));
        assertEquals(title, read.getString("title"));
        assertTrue(read.getString("body[0].html").contains("Draft words for the phone."));
        api.send("GET", "/api/v1/sites/demo/content/" + id, null, null, 404);

        // WhatsApp: the written message over the reply buttons the bot adds at an article's end (its own "menu"
        // button is the engine's Menu); Messenger: derived from the text
        Element whatsapp = page.selectFirst("ol.chat-whatsapp");
        assertTrue(
                page.select("#chat-whatsapp").text().contains("written"),
                page.select("#chat-whatsapp").text());
        assertTrue(whatsapp.select(".bubble .text").eachText().contains("Hello on WhatsApp"), whatsapp.html());
        assertTrue(
                whatsapp.select(".choices li").eachText().equals(List.of("Comments", "Back", "Menu")), whatsapp.html());
        Element messenger = page.selectFirst("ol.chat-messenger");
        assertTrue(page.select("#chat-messenger").text().contains("derived"));
        assertTrue(messenger.select(".bubble .text").text().contains("Draft words for the phone."), messenger.html());
    }

    @Test
    void aChannelWithNothingWrittenShowsTheMessagesTheApiDerives() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Derived");
        saveDraft(id, """
                {"title":"%s","slug":"derived-%d","body":[{"type":"paragraph","markdown":"Clinics open at eight."}],
                 "channels":{"whatsapp":[{"text":"Written for WhatsApp"}]}}""");
        Document sms = eddie.page("/sites/demo/content/" + id + "/en/channels/sms", 200);
        assertTrue(
                sms.select("section.derived").text().contains("Clinics open at eight."),
                sms.select("main").html());
        // written for WhatsApp: no derived messages there
        assertTrue(eddie.page("/sites/demo/content/" + id + "/en/channels/whatsapp", 200)
                .select("section.derived")
                .isEmpty());
        // a moderator may read the page, but gets no preview token: nothing derived is shown
        Document mo = Editor.signedIn("mo").page("/sites/demo/content/" + id + "/en/channels/sms", 200);
        assertTrue(mo.select("section.derived").isEmpty());
    }

    @Test
    void aModeratorGetsNoPreviewAndAnotherSitesEditorNothing() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Not for mo");
        Editor mo = Editor.signedIn("mo");
        assertTrue(mo.page("/sites/demo/content/" + id + "/en", 200)
                .select("a[href$=/preview]")
                .isEmpty());
        assertEquals(403, mo.get("/sites/demo/content/" + id + "/en/preview").statusCode());
        assertEquals(
                404,
                Editor.signedIn("kim")
                        .get("/sites/demo/content/" + id + "/en/preview")
                        .statusCode());
    }

    /** Saves eddie's English draft of {@code id} through the api ({@code json} formatted with its title and id). */
    private static String saveDraft(long id, String json) {
        ApiUnderTest api = ApiUnderTest.shared();
        String title = Drafts.draft(id, "en").getString("title");
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("eddie"),
                json.formatted(title, id),
                200);
        return title;
    }
}
