package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Drafts;
import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An item's section and featured window, and a translation's SEO and social fields, saved through the api. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class SettingsTest {

    private static final String PLACE = "form[action$=/settings/item]";
    private static final String SEO = "form[action$=/settings/seo]";

    @Test
    void anItemMovesUnderASectionAndIsFeaturedForAWindowInUtc() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Featured");
        String settings = "/sites/demo/content/" + id + "/en/settings";
        Document page = eddie.page(settings, 200);
        String health =
                page.select("#parentId option:matchesOwn(^Health$)").first().val();

        Response refused = eddie.press(
                page,
                PLACE,
                Map.of("parentId", health, "featuredFrom", "2031-06-02T08:00", "featuredUntil", "2031-06-01T08:00"),
                null,
                null);
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertTrue(
                shown.select("[role=alert]").text().contains("featuredUntil"),
                shown.select("main").text());
        assertEquals("2031-06-01T08:00", shown.getElementById("featuredUntil").val(), "what was typed is kept");
        assertEquals(health, shown.select("#parentId option[selected]").val());

        Response saved = eddie.press(shown, PLACE, Map.of("featuredUntil", "2031-06-09T18:30"), null, null);
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath item = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/content/" + id));
        assertEquals(Long.parseLong(health), item.getLong("parentId"));
        assertEquals("2031-06-02T08:00:00Z", item.getString("featuredFrom"));
        assertEquals("2031-06-09T18:30:00Z", item.getString("featuredUntil"));
        page = eddie.page(settings + "?done=item", 200);
        assertEquals("2031-06-09T18:30", page.getElementById("featuredUntil").val());
        // and the tree shows it under Health
        Document tree = eddie.page("/sites/demo/content?q=Featured", 200);
        assertTrue(tree.select("table.tree tr.context td:first-child > a")
                .eachText()
                .contains("Health"));
    }

    @Test
    void anItemMovesBackToTheTopWithItsFeaturedWindowEmptied() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Back to the top");
        String settings = "/sites/demo/content/" + id + "/en/settings";
        Document page = eddie.page(settings, 200);
        String health =
                page.select("#parentId option:matchesOwn(^Health$)").first().val();
        Response placed = eddie.press(
                page,
                PLACE,
                Map.of("parentId", health, "featuredFrom", "2031-06-02T08:00", "featuredUntil", "2031-06-09T08:00"),
                null,
                null);
        assertEquals(303, placed.statusCode(), placed.asString());

        page = eddie.page(settings + "?done=item", 200);
        Response top =
                eddie.press(page, PLACE, Map.of("parentId", "", "featuredFrom", "", "featuredUntil", ""), null, null);
        assertEquals(
                303,
                top.statusCode(),
                Jsoup.parse(top.asString()).select("main").text());
        JsonPath item = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/content/" + id));
        assertNull(item.get("parentId"));
        assertNull(item.get("featuredFrom"));
        assertNull(item.get("featuredUntil"));
        page = eddie.page(settings + "?done=item", 200);
        assertEquals("", page.select("#parentId option[selected]").val());
        assertEquals("", page.getElementById("featuredFrom").val());
    }

    @Test
    void seoAndSocialFieldsAreSavedAndARefusalNamesItsField() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Found by search");
        Document page = eddie.page("/sites/demo/content/" + id + "/en/settings", 200);
        Response refused =
                eddie.press(page, SEO, Map.of("metaTitle", "t".repeat(71), "socialTitle", "Shared title"), null, null);
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertTrue(
                shown.select("[role=alert]").text().contains("seo.metaTitle"),
                shown.select("main").text());
        assertEquals("Shared title", shown.getElementById("socialTitle").val());

        Response saved = eddie.press(
                shown,
                SEO,
                Map.of("metaTitle", "Seventy at most", "socialImage", "https://example.org/share.png"),
                "noIndex",
                "true");
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath draft = Drafts.draft(id, "en");
        assertEquals("Seventy at most", draft.getString("seo.metaTitle"));
        assertEquals("Shared title", draft.getString("seo.socialTitle"));
        assertEquals("https://example.org/share.png", draft.getString("seo.socialImage"));
        assertEquals(true, draft.getBoolean("seo.noIndex"));
        assertTrue(draft.getString("title").startsWith("Found by search"), "the rest of the draft is kept");
        Document again = eddie.page("/sites/demo/content/" + id + "/en/settings?done=seo", 200);
        assertEquals("Seventy at most", again.getElementById("metaTitle").val());
        assertTrue(again.select("input[name=noIndex]").hasAttr("checked"));
    }

    @Test
    void aModeratorSeesNoSaveAndHisForgedPostIsRefused() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "Not for mo");
        Editor mo = Editor.signedIn("mo");
        Document page = mo.page("/sites/demo/content/" + id + "/en/settings", 200);
        assertTrue(page.select("main button[type=submit]").isEmpty());
        Response forged = mo.press(page, PLACE, Map.of("featuredFrom", "2031-01-01T00:00"), null, null);
        assertEquals(403, forged.statusCode());
        assertNull(JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/content/" + id))
                .get("featuredFrom"));
    }
}
