package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The content list, the block editor, If-Match saves and the 412 path, and publishing by role, against the real api. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ContentEditorTest {

    private static final String EDITOR_FORM = "form.editor";

    @Test
    void anEmbedBlockOffersTheSitesPollsSurveysAndCompetitions() {
        Editor eddie = Editor.signedIn("eddie");
        long poll = create(eddie, "poll", "Picker poll");
        long survey = create(eddie, "survey", "Picker survey");
        long id = create(eddie, "Embeds one");
        ApiUnderTest api = ApiUnderTest.shared();
        String title = JsonPath.from(draft(id, "en")).getString("title");
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("eddie"),
                "{\"title\":\"" + title + "\",\"slug\":\"embeds-" + id + "\",\"body\":[{\"type\":\"embed\",\"itemId\":"
                        + poll + "}]}",
                200);
        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertEquals("embeddable", page.getElementById("b0-itemId").attr("list"));
        assertEquals(Long.toString(poll), page.getElementById("b0-itemId").val());
        var options = page.select("datalist#embeddable option");
        assertTrue(options.eachAttr("value").containsAll(List.of(Long.toString(poll), Long.toString(survey))));
        assertTrue(
                options.eachAttr("label").stream().anyMatch(l -> l.startsWith("poll: Picker poll")),
                options.eachAttr("label").toString());
        // without an embed block, nothing is read for it
        assertTrue(eddie.page("/sites/demo/content/" + create(eddie, "No embeds") + "/en", 200)
                .select("datalist")
                .isEmpty());
    }

    @Test
    void theListShowsEachLanguagesStateAndFilters() {
        Editor eddie = Editor.signedIn("eddie");
        Document all = eddie.page("/sites/demo/content?type=article", 200);
        List<String> titles = all.select("table.content tbody tr:not(.context) td:first-child > a")
                .eachText();
        assertTrue(titles.contains("What consent means"), titles.toString());
        assertEquals(
                List.of("en", "pt", "pt-BR"),
                all.select("table.content thead th[lang]").eachText());

        Document needPt = eddie.page("/sites/demo/content?type=article&locale=pt&untranslated=true", 200);
        List<String> untranslated = needPt.select("table.content tbody tr:not(.context) td:first-child > a")
                .eachText();
        assertFalse(untranslated.contains("What consent means"), "translated to pt: " + untranslated);
        assertFalse(untranslated.isEmpty());

        Document scheduled = eddie.page("/sites/demo/content?status=scheduled", 200);
        assertFalse(scheduled.select("table.content a.status-scheduled").isEmpty());
        assertTrue(
                scheduled.select("table.content a.status").eachText().stream().anyMatch("scheduled"::equals));

        eddie.page("/sites/kenya/content", 404);
    }

    @Test
    void anEditorWritesAnArticleWithBlocksReordersRemovesAndSavesIt() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Blocks at work");
        String editor = "/sites/demo/content/" + id + "/en";
        Document page = eddie.page(editor, 200);
        assertTrue(page.select("p.muted").text().contains("Subtitle")
                || page.select("#subtitle").size() == 1);

        page = form(eddie.press(page, EDITOR_FORM, Map.of("newType", "heading"), "op", "add"), 200);
        page = form(
                eddie.press(page, EDITOR_FORM, Map.of("b0-text", "First heading", "newType", "paragraph"), "op", "add"),
                200);
        page = form(
                eddie.press(
                        page, EDITOR_FORM, Map.of("b1-markdown", "A **paragraph**.", "newType", "list"), "op", "add"),
                200);
        page = form(
                eddie.press(page, EDITOR_FORM, Map.of("b2-items", "one\ntwo", "newType", "quote"), "op", "add"), 200);
        assertEquals(4, page.select("fieldset.block").size());
        // Nothing is saved yet, and what was typed is still there.
        assertEquals("First heading", page.getElementById("b0-text").val());
        assertEquals(
                "0",
                String.valueOf(JsonPath.from(draft(id, "en")).getList("body").size()));

        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "up:1"), 200);
        assertEquals("A **paragraph**.", page.getElementById("b0-markdown").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "remove:3"), 200);
        assertEquals(3, page.select("fieldset.block").size());

        Response saved = eddie.press(page, EDITOR_FORM, Map.of("tags", "work, blocks"), "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath draft = JsonPath.from(draft(id, "en"));
        assertEquals(List.of("paragraph", "heading", "list"), draft.getList("body.type"));
        assertEquals("First heading", draft.getString("body[1].text"));
        assertEquals(List.of("one", "two"), draft.getList("body[2].items"));
        assertEquals(List.of("work", "blocks"), draft.getList("tags"));
        assertTrue(eddie.page(editor + "?done=saved", 200).select("p.ok").text().contains("Saved."));
    }

    @Test
    void imagesFromTheMediaLibraryAndTheirSizesSurviveASaveUnchanged() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Pictures kept");
        ApiUnderTest api = ApiUnderTest.shared();
        long asset = JsonPath.from(api.send(
                        "GET", "/api/v1/manage/sites/demo/media?kind=image", api.staffToken("eddie"), null, 200))
                .getLong("items[0].id");
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("eddie"),
                "{\"title\":\"Pictures kept\",\"slug\":\"pictures-kept-" + id + "\",\"version\":"
                        + JsonPath.from(draft(id, "en")).getLong("version")
                        + ",\"body\":[{\"type\":\"image\",\"assetId\":" + asset + ",\"caption\":\"From the library\"},"
                        + "{\"type\":\"image\",\"src\":\"https://example.org/a.jpg\",\"alt\":\"A clinic\","
                        + "\"width\":640,\"height\":480}]}",
                200);

        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertEquals(String.valueOf(asset), page.getElementById("b0-assetId").val());
        Response saved = eddie.press(page, EDITOR_FORM, Map.of(), "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());

        JsonPath draft = JsonPath.from(draft(id, "en"));
        assertEquals(asset, draft.getLong("body[0].assetId"));
        assertNull(draft.get("body[0].src"));
        assertEquals("From the library", draft.getString("body[0].caption"));
        assertEquals("https://example.org/a.jpg", draft.getString("body[1].src"));
        assertEquals(640, draft.getInt("body[1].width"));
        assertEquals(480, draft.getInt("body[1].height"));
    }

    @Test
    void aStaleSaveShowsBothVersionsAndLosesNothingTyped() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Two editors");
        Document mine = eddie.page("/sites/demo/content/" + id + "/en", 200);

        // Sam (admin of demo) saves first, through the api, against the same version.
        ApiUnderTest api = ApiUnderTest.shared();
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("sam"),
                "{\"title\":\"Sam's title\",\"slug\":\"two-editors\",\"version\":"
                        + JsonPath.from(draft(id, "en")).getLong("version")
                        + ",\"body\":[{\"type\":\"paragraph\",\"markdown\":\"Sam wrote this.\"}]}",
                200);

        mine = form(eddie.press(mine, EDITOR_FORM, Map.of("newType", "paragraph"), "op", "add"), 200);
        Response stale = eddie.press(
                mine,
                EDITOR_FORM,
                Map.of("title", "Eddie's title", "b0-markdown", "Eddie wrote this, at length."),
                "op",
                "save");
        assertEquals(409, stale.statusCode());
        Document both = Jsoup.parse(stale.asString());
        assertTrue(both.select("[role=alert]").text().contains("someone else saved a newer version first"));
        assertTrue(both.select("section.theirs").text().contains("Sam's title"));
        assertTrue(both.select("section.theirs").text().contains("Sam wrote this."));
        assertEquals("Eddie's title", both.getElementById("title").val());
        assertEquals(
                "Eddie wrote this, at length.",
                both.getElementById("b0-markdown").val());
        assertEquals("Sam's title", JsonPath.from(draft(id, "en")).getString("title"));

        Response again = eddie.press(both, EDITOR_FORM, Map.of(), "op", "save");
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals("Eddie's title", JsonPath.from(draft(id, "en")).getString("title"));
        assertEquals(
                "Eddie wrote this, at length.", JsonPath.from(draft(id, "en")).getString("body[0].markdown"));
    }

    @Test
    void aRefusedSaveNamesTheFieldAndKeepsTheForm() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Refused image");
        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of("newType", "image"), "op", "add"), 200);
        Response refused =
                eddie.press(page, EDITOR_FORM, Map.of("b0-src", "not a url", "b0-alt", "A photo"), "op", "save");
        assertEquals(400, refused.statusCode());
        Document kept = Jsoup.parse(refused.asString());
        assertTrue(
                kept.select("[role=alert] code").text().contains("body[0].src"),
                kept.select("[role=alert]").text());
        assertEquals("not a url", kept.getElementById("b0-src").val());
        assertEquals("A photo", kept.getElementById("b0-alt").val());
    }

    @Test
    void anEditorPublishesAndSchedulesAModeratorSeesNoPublishAndIsRefusedGracefully() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Publish me");
        String editor = "/sites/demo/content/" + id + "/en";
        Document page = eddie.page(editor, 200);
        assertEquals(1, page.select("section.publishing").size());
        Response published = eddie.press(page, "section.publishing form[action$=publish]", Map.of(), null, null);
        assertEquals(303, published.statusCode(), published.asString());
        assertEquals("published", JsonPath.from(draft(id, "en")).getString("status"));

        Editor mo = Editor.signedIn("mo");
        Document read = mo.page(editor, 200);
        assertTrue(read.select("section.publishing").isEmpty(), "a moderator sees no publishing");
        assertTrue(read.select("form.editor button[value=save]").isEmpty(), "nor a save button");
        Response unpublish = mo.submit(read, editor + "/unpublish", Map.of());
        assertEquals(403, unpublish.statusCode());
        assertTrue(
                Jsoup.parse(unpublish.asString()).select("[role=alert]").text().contains("does not allow"));
        assertEquals("published", JsonPath.from(draft(id, "en")).getString("status"));

        page = eddie.page(editor, 200);
        Response scheduled = eddie.press(
                page, "section.publishing form[action$=/publish]", Map.of("liveFrom", "2031-05-01T09:30"), null, null);
        assertEquals(303, scheduled.statusCode(), scheduled.asString());
        JsonPath draft = JsonPath.from(draft(id, "en"));
        assertEquals("scheduled", draft.getString("status"));
        assertEquals("2031-05-01T09:30:00Z", draft.getString("liveFrom"));
    }

    static long create(Editor editor, String title) {
        return create(editor, "article", title);
    }

    /** A new item of {@code type} with its English translation, made through the new-item page. */
    static long create(Editor editor, String type, String title) {
        Document form = editor.page("/sites/demo/content/new", 200);
        String unique = title + " " + System.nanoTime();
        Response created = editor.press(form, "main form", Map.of("title", unique, "type", type), null, null);
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        return Long.parseLong(location.replaceAll(".*/content/(\\d+)/en$", "$1"));
    }

    private static Document form(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    static String draft(long id, String locale) {
        ApiUnderTest api = ApiUnderTest.shared();
        return api.send(
                "GET",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/" + locale,
                api.staffToken("eddie"),
                null,
                200);
    }
}
