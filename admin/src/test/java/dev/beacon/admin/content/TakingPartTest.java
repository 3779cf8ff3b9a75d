package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Polls, surveys with their skip logic, reaction questions and competitions defined from the item's page, saved
 * through the management API (checked there).
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class TakingPartTest {

    private static final String FORM = "form.definition";

    @Test
    void aPollIsDefinedWithKeysMadeFromItsLabelsAndTranslatedWithoutLosingTheOtherLanguage() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "poll", "Do you agree");
        Document editor = eddie.page("/sites/demo/content/" + id + "/en", 200);
        assertEquals(
                "/sites/demo/content/" + id + "/en/taking-part",
                editor.select("a:contains(The poll)").attr("href"));
        String page = "/sites/demo/content/" + id + "/en/taking-part";
        Document form = eddie.page(page, 200);
        assertTrue(form.text().contains("Not defined yet"));

        Response refused = eddie.press(
                form, FORM, Map.of("shortName", "Not A Name", "c0-label", "Yes, I do", "c1-label", "No"), null, null);
        assertEquals(400, refused.statusCode());
        Document shown = Jsoup.parse(refused.asString());
        assertTrue(
                shown.select("[role=alert]").text().contains("shortName"),
                shown.select("main").text());
        assertEquals("Yes, I do", shown.getElementById("c0-label").val(), "what was typed is kept");

        Response saved = eddie.press(shown, FORM, Map.of("shortName", "agree"), null, null);
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath poll = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/polls/" + id));
        assertEquals("single", poll.getString("kind"));
        assertEquals(List.of("yes-i-do", "no"), poll.getList("choices.key"));
        assertEquals(List.of("yes_i_do", "no"), poll.getList("choices.shortName"));
        assertEquals("Yes, I do", poll.getString("choices[0].labels.en"));

        Document pt = eddie.page("/sites/demo/content/" + id + "/pt/taking-part", 200);
        assertEquals("", pt.getElementById("c0-label").val(), "no Portuguese label yet");
        assertEquals(
                303,
                eddie.press(pt, FORM, Map.of("c0-label", "Sim", "c1-label", "Não"), null, null)
                        .statusCode());
        poll = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/polls/" + id));
        assertEquals(Map.of("en", "Yes, I do", "pt", "Sim"), poll.getMap("choices[0].labels"));
        assertEquals(2, poll.getList("choices").size());
    }

    @Test
    void aSurveysSkipLogicSendsEachChoiceWhereTheEditorSays() {
        Editor eddie = Editor.signedIn("eddie");
        long id = ContentEditorTest.create(eddie, "survey", "Check-in");
        String page = "/sites/demo/content/" + id + "/en/taking-part";
        Document form = eddie.page(page, 200);
        Response saved = eddie.press(
                form,
                FORM,
                Map.of("q0-label", "How do you feel?", "q0-key", "feel", "q0-c0-label", "Good", "q0-c1-label", "Bad"),
                null,
                null);
        assertEquals(303, saved.statusCode(), saved.asString());
        // a second question, written in the blank one the page offers
        form = eddie.page(page, 200);
        saved = eddie.press(
                form, FORM, Map.of("q1-label", "What went wrong?", "q1-key", "why", "q1-type", "text"), null, null);
        assertEquals(303, saved.statusCode(), saved.asString());
        // now both exist, the skip logic can name them: Good ends the survey, Bad asks why
        form = eddie.page(page, 200);
        assertEquals(
                List.of("as the question says", "go to why", "end the survey"),
                form.select("#q0-c0-next option").eachText());
        saved = eddie.press(form, FORM, Map.of("q0-c0-next", "end", "q0-c1-next", "why"), null, null);
        assertEquals(303, saved.statusCode(), saved.asString());

        JsonPath survey = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/surveys/" + id));
        assertEquals(List.of("feel", "why"), survey.getList("questions.key"));
        assertEquals(List.of("good", "bad"), survey.getList("questions[0].choices.key"));
        assertEquals(true, survey.getBoolean("questions[0].choices[0].next.end"));
        assertEquals("why", survey.getString("questions[0].choices[1].next.goTo"));
        assertEquals("text", survey.getString("questions[1].type"));
        form = eddie.page(page + "?done=saved", 200);
        assertEquals("why", form.select("#q0-c1-next option[selected]").val());
    }

    @Test
    void anArticlesReactionQuestionAndACompetitionsRules() {
        Editor eddie = Editor.signedIn("eddie");
        long article = ContentEditorTest.create(eddie, "Reacted to");
        Document form = eddie.page("/sites/demo/content/" + article + "/en/taking-part", 200);
        Response saved = eddie.press(
                form,
                FORM,
                Map.of(
                        "question", "Was this useful?",
                        "thankYou", "Thanks!",
                        "c0-label", "Yes",
                        "c0-emoji", "👍",
                        "c1-label", "No",
                        "c1-emoji", "👎"),
                null,
                null);
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath reactions =
                JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/content/" + article + "/reaction-question"));
        assertEquals("Was this useful?", reactions.getString("question.en"));
        assertEquals(List.of("yes", "no"), reactions.getList("choices.key"));
        assertEquals("👍", reactions.getString("choices[0].emoji"));

        long competition = ContentEditorTest.create(eddie, "competition", "Story time");
        form = eddie.page("/sites/demo/content/" + competition + "/en/taking-part", 200);
        saved = eddie.press(
                form,
                FORM,
                Map.of(
                        "opensAt", "2031-03-01T00:00",
                        "closesAt", "2031-03-31T23:59",
                        "document", "story-terms",
                        "termsVersion", "1",
                        "maxTextLength", "3000"),
                null,
                null);
        assertEquals(303, saved.statusCode(), saved.asString());
        JsonPath rules = JsonPath.from(Drafts.get("/api/v1/manage/sites/demo/competitions/" + competition));
        assertEquals("2031-03-01T00:00:00Z", rules.getString("opensAt"));
        assertEquals("story-terms", rules.getString("terms.document"));
        assertEquals(3000, rules.getInt("maxTextLength"));
        // a section has nothing to take part in
        long section = ContentEditorTest.create(eddie, "section", "Nothing to take part in");
        eddie.page("/sites/demo/content/" + section + "/en/taking-part", 404);
    }
}
