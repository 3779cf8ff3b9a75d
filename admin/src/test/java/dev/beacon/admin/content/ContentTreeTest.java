package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The content tree: sections with their items nested, and the search and tag filters (by the api) within it. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ContentTreeTest {

    @Test
    void sectionsHoldTheirItemsNestedInTheApisOrder() {
        Document tree = Editor.signedIn("eddie").page("/sites/demo/content", 200);
        List<String> titles = titles(tree, "tr");
        int health = titles.indexOf("Health");
        assertTrue(health >= 0, titles.toString());
        assertEquals("Sexual health", titles.get(health + 1), titles.toString());
        assertEquals("Condoms: how to use them right", titles.get(health + 2), titles.toString());
        assertEquals("0", line(tree, "Health").attr("data-depth"));
        assertEquals("1", line(tree, "Sexual health").attr("data-depth"));
        assertEquals("2", line(tree, "Condoms: how to use them right").attr("data-depth"));
        // a screen reader hears the section too
        assertEquals(
                "Condoms: how to use them right, in Sexual health",
                line(tree, "Condoms: how to use them right").selectFirst("td").text());
    }

    @Test
    void aTagOrWordsOfATitleFindItemsShownUnderTheirSections() {
        Editor eddie = Editor.signedIn("eddie");
        Document clinics = eddie.page("/sites/demo/content?tag=clinics", 200);
        List<String> tagged = titles(clinics, "tr:not(.context)");
        assertTrue(tagged.contains("Getting tested for HIV"), tagged.toString());
        assertFalse(tagged.contains("Condoms: how to use them right"), tagged.toString());
        List<String> all = titles(clinics, "tr");
        assertEquals(
                List.of("Health", "Sexual health", "Getting tested for HIV"),
                all.subList(all.indexOf("Health"), all.indexOf("Health") + 3));
        assertTrue(titles(clinics, "tr.context").containsAll(List.of("Health", "Sexual health")));
        assertEquals(
                tagged.size() + " item(s) shown of " + total(eddie),
                clinics.select("table.tree caption").text());

        // any case, any language: "preservativos" is the pt title
        assertEquals(
                List.of("Condoms: how to use them right"),
                titles(eddie.page("/sites/demo/content?q=CONDOMS", 200), "tr:not(.context)"));
        assertEquals(
                List.of("Condoms: how to use them right"),
                titles(eddie.page("/sites/demo/content?q=preservativos", 200), "tr:not(.context)"));
        // with the filters on the languages' states: the pt translation exists, so nothing needs one
        Document none = eddie.page("/sites/demo/content?q=condoms&locale=pt&untranslated=true", 200);
        assertTrue(none.select("table.tree").isEmpty());
        assertTrue(
                none.select("main p").eachText().contains("No item matches."),
                none.select("main").text());
        Document kept = eddie.page("/sites/demo/content?q=condoms&tag=sti", 200);
        assertEquals("condoms", kept.getElementById("f-q").val());
        assertEquals("sti", kept.getElementById("f-tag").val());
    }

    private static long total(Editor eddie) {
        String caption = eddie.page("/sites/demo/content", 200)
                .select("table.tree caption")
                .text();
        return Long.parseLong(caption.replaceAll(".* of (\\d+)$", "$1"));
    }

    private static List<String> titles(Document page, String rows) {
        return page.select("table.tree tbody " + rows + " td:first-child > a").eachText();
    }

    private static Element line(Document page, String title) {
        return page.select("table.tree tbody tr").stream()
                .filter(tr -> tr.selectFirst("td > a").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + title));
    }
}
