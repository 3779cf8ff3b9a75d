package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Revisions through the management API: the list with author and time, a word-level diff of any two, restore. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class RevisionsTest {

    private static final String EDITOR_FORM = "form.editor";

    @Test
    void theListNamesAuthorsTheDiffMarksChangedWordsAndRestoreMakesANewRevision() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Revised");
        String editor = "/sites/demo/content/" + id + "/en";
        Document page = eddie.page(editor, 200);
        page = Jsoup.parse(eddie.press(page, EDITOR_FORM, Map.of("newType", "paragraph"), "op", "add")
                .asString());
        save(eddie, page, Map.of("b0-markdown", "Sleep eight hours and eat breakfast."));
        // Sam (admin of demo) saves the next revision through the api.
        ApiUnderTest api = ApiUnderTest.shared();
        JsonPath draft = JsonPath.from(ContentEditorTest.draft(id, "en"));
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                api.staffToken("sam"),
                "{\"title\":\"" + draft.getString("title") + "\",\"slug\":\"" + draft.getString("slug")
                        + "\",\"note\":\"Nine is better\",\"body\":[{\"type\":\"paragraph\",\"markdown\":"
                        + "\"Sleep nine hours and eat breakfast.\"},{\"type\":\"list\",\"items\":[\"Plan your week\"]}]}",
                200);

        Document list = eddie.page(editor + "/revisions", 200);
        List<String> numbers =
                list.select("table.revisions tbody th[scope=row]").eachText();
        assertEquals(3, numbers.size(), numbers.toString());
        assertTrue(numbers.get(0).startsWith("3") && numbers.get(0).contains("current"), numbers.toString());
        String newest = list.select("#rev-3").text();
        assertTrue(newest.contains("sam") && newest.contains("Nine is better") && newest.contains("UTC"), newest);
        assertTrue(
                list.select("#rev-2").text().contains("eddie"),
                list.select("#rev-2").text());
        // By default the newest beside the one before it: only the changed word is marked, the added block alone.
        assertEquals(List.of("eight"), list.select("table.diff del").eachText());
        assertEquals(
                List.of("nine", "List:", "• Plan your week"),
                list.select("table.diff ins").eachText());
        assertEquals(2, list.select("table.diff tr.diff-added").size());
        assertTrue(list.select("table.diff tr.diff-same").text().contains("Title: Revised"));

        // Any two: the first (no body) beside the newest.
        Document any = eddie.page(editor + "/revisions?from=1&to=3", 200);
        assertTrue(any.select("section.diff h2").text().contains("Revision 1 beside revision 3"));
        assertEquals(3, any.select("table.diff tr.diff-added").size());
        assertTrue(any.select("input[name=from][value=1]").hasAttr("checked"));

        // Restore revision 2 (from the list as it is now: each page carries a fresh CSRF token): the api saves it as
        // revision 4; eddie's text is back, sam's stays in the history.
        list = eddie.page(editor + "/revisions", 200);
        Response restored = eddie.submit(
                list,
                editor + "/revisions/2/restore",
                Map.of("version", list.select("input[name=version]").first().val()));
        assertEquals(303, restored.statusCode(), restored.asString());
        assertTrue(restored.getHeader("Location").endsWith(editor + "?done=restored"));
        draft = JsonPath.from(ContentEditorTest.draft(id, "en"));
        assertEquals(4, draft.getInt("currentRevision"));
        assertEquals("Sleep eight hours and eat breakfast.", draft.getString("body[0].markdown"));
        assertEquals(1, draft.getList("body").size());
        assertTrue(
                eddie.page(editor + "?done=restored", 200).select("p.ok").text().startsWith("Restored"));
        list = eddie.page(editor + "/revisions", 200);
        assertEquals(4, list.select("table.revisions tbody tr").size());

        // A stale restore (the version is no longer the current one) changes nothing.
        Response stale = eddie.submit(list, editor + "/revisions/1/restore", Map.of("version", "1"));
        assertEquals(412, stale.statusCode());
        assertEquals(4, JsonPath.from(ContentEditorTest.draft(id, "en")).getInt("currentRevision"));
    }

    @Test
    void aModeratorReadsTheRevisionsButCannotRestore() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Moderated history");
        String editor = "/sites/demo/content/" + id + "/en";
        save(eddie, eddie.page(editor, 200), Map.of("title", "Moderated history, again"));

        Editor mo = Editor.signedIn("mo");
        Document list = mo.page(editor + "/revisions", 200);
        assertEquals(2, list.select("table.revisions tbody tr").size());
        assertTrue(list.select("table.revisions button").isEmpty(), "no restore for a moderator");
        assertEquals(1, list.select("table.diff tr.diff-changed").size());
        Response forged = mo.submit(list, editor + "/revisions/1/restore", Map.of());
        assertEquals(403, forged.statusCode());
        assertTrue(Jsoup.parse(forged.asString()).select("[role=alert]").text().contains("does not allow"));
        assertEquals(2, JsonPath.from(ContentEditorTest.draft(id, "en")).getInt("currentRevision"));

        Editor kim = Editor.signedIn("kim");
        kim.page(editor + "/revisions", 404);
    }

    private static void save(Editor editor, Document page, Map<String, String> changes) {
        Response saved = editor.press(page, EDITOR_FORM, changes, "op", "save");
        assertEquals(303, saved.statusCode(), saved.asString());
    }
}
