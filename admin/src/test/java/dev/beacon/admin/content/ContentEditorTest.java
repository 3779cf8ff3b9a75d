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
    void blockOperationsAndTypingAreUndoneAndRedoneBeforeSavingWithoutScript() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Undo at work");
        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertTrue(page.selectFirst("button[value=undo]").hasAttr("disabled"), "nothing to undo yet");
        assertTrue(page.selectFirst("button[value=redo]").hasAttr("disabled"), "nothing to redo yet");

        page = form(eddie.press(page, EDITOR_FORM, Map.of("newType", "heading"), "op", "add"), 200);
        page = form(
                eddie.press(page, EDITOR_FORM, Map.of("b0-text", "Heading one", "newType", "list"), "op", "add"), 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of("b1-items", "one\ntwo"), "op", "up:1"), 200);
        assertEquals(List.of("List", "Heading"), types(page));
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "remove:1"), 200);
        assertEquals(List.of("List"), types(page));
        assertFalse(page.selectFirst("button[value=undo]").hasAttr("disabled"));

        // Back step by step: the removal, the move, the list's typing, the list, the heading's typing.
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals(List.of("List", "Heading"), types(page));
        assertEquals("Heading one", page.getElementById("b1-text").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals(List.of("Heading", "List"), types(page));
        assertEquals("one\ntwo", page.getElementById("b1-items").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals("", page.getElementById("b1-items").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals(List.of("Heading"), types(page));
        assertEquals("Heading one", page.getElementById("b0-text").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals("", page.getElementById("b0-text").val());
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals(List.of(), types(page));
        assertTrue(page.selectFirst("button[value=undo]").hasAttr("disabled"), "back where the page began");

        // Forward again: nothing typed is lost by going back.
        for (int i = 0; i < 4; i++) {
            page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "redo"), 200);
        }
        assertEquals(List.of("Heading", "List"), types(page));
        assertEquals("one\ntwo", page.getElementById("b1-items").val());
        // Typing over what was undone is a change of its own: it can be undone and redone, the older redo is gone.
        page = form(eddie.press(page, EDITOR_FORM, Map.of("title", "Undone twice"), "op", "undo"), 200);
        assertFalse(page.getElementById("title").val().equals("Undone twice"));
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "redo"), 200);
        assertEquals("Undone twice", page.getElementById("title").val());
        assertEquals(List.of("Heading", "List"), types(page));
        assertTrue(page.selectFirst("button[value=redo]").hasAttr("disabled"));
        assertEquals(0, JsonPath.from(draft(id, "en")).getList("body").size(), "nothing saved on the way");

        Response saved = eddie.press(page, EDITOR_FORM, Map.of(), "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath draft = JsonPath.from(draft(id, "en"));
        assertEquals("Undone twice", draft.getString("title"));
        assertEquals(List.of("heading", "list"), draft.getList("body.type"));
        assertEquals(List.of("one", "two"), draft.getList("body[1].items"));
        // after saving, the history starts again
        assertTrue(eddie.page("/sites/demo/content/" + id + "/en", 200)
                .selectFirst("button[value=undo]")
                .hasAttr("disabled"));
    }

    @Test
    void anUnreadableUndoHistoryKeepsTheFormAndSaysUndoStartsAgain() {
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Altered history");
        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of("newType", "paragraph"), "op", "add"), 200);
        page.selectFirst("input[name=history]").val("not-a-history");
        page = form(eddie.press(page, EDITOR_FORM, Map.of("b0-markdown", "Kept."), "op", "undo"), 200);
        assertTrue(
                page.select("[role=status]").text().contains("undo starts again"),
                page.select("main").text());
        assertEquals("Kept.", page.getElementById("b0-markdown").val());
        assertTrue(page.selectFirst("button[value=undo]").hasAttr("disabled"));
    }

    @Test
    void aLongArticleOfManyBlocksIsReorderedToTheTopWithoutARefusal() {
        // An article of 24 blocks (16 fields each: more than the server's 256 form fields by default) whose second
        // paragraph is longer than 2 KB (the default longest form field): moving it to the top answered 400.
        Editor eddie = Editor.signedIn("eddie");
        long id = create(eddie, "Long article");
        String longText = "Long paragraph. ".repeat(200).strip();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"paragraph\",\"markdown\":\"")
                    .append(i == 1 ? longText : "Paragraph " + i)
                    .append("\"}");
        }
        ApiUnderTest api = ApiUnderTest.shared();
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("eddie"),
                "{\"title\":\"Long article\",\"slug\":\"long-article-" + id + "\",\"version\":"
                        + JsonPath.from(draft(id, "en")).getLong("version")
                        + ",\"body\":[" + body + "]}",
                200);
        Document page = eddie.page("/sites/demo/content/" + id + "/en", 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "up:1"), 200);
        assertEquals(longText, page.getElementById("b0-markdown").val());
        assertEquals("Paragraph 0", page.getElementById("b1-markdown").val());
        // the first block's "up" (disabled on the page) and the last one's "down", forced: nothing changes
        assertTrue(page.selectFirst("button[value='up:0']").hasAttr("disabled"));
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "up:0"), 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "down:23"), 200);
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "up:99"), 200);
        assertEquals(longText, page.getElementById("b0-markdown").val());
        assertEquals("Paragraph 23", page.getElementById("b23-markdown").val());
        Response saved = eddie.press(page, EDITOR_FORM, Map.of(), "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());
        assertEquals(longText, JsonPath.from(draft(id, "en")).getString("body[0].markdown"));
        // the forced no-ops were no steps: one undo takes back the move
        page = form(eddie.press(page, EDITOR_FORM, Map.of(), "op", "undo"), 200);
        assertEquals("Paragraph 0", page.getElementById("b0-markdown").val());
    }

    private static List<String> types(Document page) {
        return page.select("fieldset.block legend").eachText().stream()
                .map(l -> l.replaceFirst("^\\d+\\. ", ""))
                .toList();
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
