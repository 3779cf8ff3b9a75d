package dev.beacon.channel.web.participation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.web.support.DemoParticipation;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Surveys, tips and story competitions on the mobi-site against the real api: what a person sees and can do, the
 * refusals in their language with what they typed kept, CSRF, and the cache headers.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ParticipationPagesTest {

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static String surveyPath() {
        return "/s/demo/surveys/" + DemoParticipation.survey();
    }

    @Test
    void aSurveyIsAnsweredOneStepPerPageFollowingTheSkipLogicAndResumedWhereLeft() {
        WebVisitor person = new WebVisitor();
        Response intro = person.get(surveyPath() + "?lang=en");
        assertEquals(200, intro.statusCode());
        assertEquals("private, no-store", intro.header("Cache-Control"));
        assertEquals("How are you doing?", html(intro).select("h1").text());
        assertTrue(intro.asString().contains("Three short questions."));

        assertEquals(303, person.post(surveyPath() + "/start", "lang", "en").statusCode());
        Document first = html(person.get(surveyPath() + "?lang=en"));
        assertEquals("How have you felt this week?", first.select("legend").text());
        assertEquals(
                List.of("good", "okay", "bad"),
                first.select("input[type=radio]").eachAttr("value"));

        Response answered = person.post(surveyPath(), "lang", "en", "a.feeling", "bad");
        assertEquals(303, answered.statusCode());
        // Later, same session: the page is the step the API keeps, the one skip logic chose (not "sleep").
        Document resumed = html(person.get(surveyPath() + "?lang=pt"));
        assertEquals("pt", resumed.select("html").attr("lang"));
        assertTrue(
                resumed.select("legend").text().startsWith("Queres falar com alguém?"),
                resumed.select("legend").text());
        assertEquals(List.of("yes", "no"), resumed.select("input[type=radio]").eachAttr("value"));

        Response done = person.post(surveyPath(), "lang", "en", "a.talk", "yes");
        assertEquals(303, done.statusCode());
        assertTrue(
                done.header("Location").contains("/surveys/" + DemoParticipation.survey() + "/thanks"),
                done.header("Location"));
        Response thanks = person.get(done.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, thanks.statusCode());
        assertTrue(thanks.asString().contains("Thank you! Your answers are saved."));
        assertTrue(thanks.header("Cache-Control").startsWith("public, max-age="), thanks.header("Cache-Control"));
        String etag = thanks.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag)
                .get(surveyPath() + "/thanks?lang=en")
                .then()
                .statusCode(304);

        // Finished: the survey (multiple submissions) offers to start again.
        assertEquals(
                1,
                html(person.get(surveyPath() + "?lang=en"))
                        .select("form[action$=/start]")
                        .size());
    }

    @Test
    void aSurveyAnswerThatIsMissingOrNotANumberComesBackInThePersonsLanguageWithWhatTheyTyped() {
        WebVisitor person = new WebVisitor();
        person.get(surveyPath() + "?lang=pt");
        person.post(surveyPath() + "/start", "lang", "pt");
        person.get(surveyPath() + "?lang=pt");

        Response missing = person.post(surveyPath(), "lang", "pt");
        assertRefused(missing, "#q-feeling .e", "Responde a esta pergunta, por favor.");
        assertEquals("private, no-store", missing.header("Cache-Control"));

        person.post(surveyPath(), "lang", "pt", "a.feeling", "good");
        Document sleep = html(person.get(surveyPath() + "?lang=pt"));
        assertEquals("number", sleep.select("#q-sleep input").attr("type"));
        Response notANumber = person.post(surveyPath(), "lang", "pt", "a.sleep", "oito");
        assertRefused(notANumber, "#q-sleep .e", "Escreve um número, como 7 ou 7,5.");
        assertEquals("oito", html(notANumber).select("#q-sleep input").attr("value"));
        assertEquals("0", sleep.select("#q-sleep input").attr("min"), "the question's bounds are the input's");
        assertEquals("24", sleep.select("#q-sleep input").attr("max"));
        Response tooMany = person.post(surveyPath(), "lang", "pt", "a.sleep", "25");
        assertRefused(tooMany, "#q-sleep .e", "Escreve um número de 0 a 24.");
        assertEquals(
                303, person.post(surveyPath(), "lang", "pt", "a.sleep", "7,5").statusCode());
    }

    @Test
    void multiChoiceTextAndDateQuestionsAreAnsweredAndAnApiRefusalKeepsEveryAnswer() {
        String survey = "/s/demo/surveys/" + DemoParticipation.everyQuestionType();
        WebVisitor person = new WebVisitor();
        person.get(survey + "?lang=pt");
        person.post(survey + "/start", "lang", "pt");
        Document step = html(person.get(survey + "?lang=pt"));
        assertEquals(
                List.of("sport", "music", "maths"),
                step.select("#q-likes input[type=checkbox]").eachAttr("value"));
        assertEquals(1, step.select("#q-wish textarea").size());
        assertEquals("date", step.select("#q-started input").attr("type"));

        Response banned = person.post(
                survey,
                "lang",
                "pt",
                "a.likes",
                "sport",
                "a.likes",
                "maths",
                "a.wish",
                "no idiot teachers",
                "a.started",
                "2024-09-01");
        assertEquals(422, banned.statusCode());
        Document refused = html(banned);
        assertTrue(
                refused.select("#q-wish .e").text().startsWith("Isto contém"),
                refused.select("#q-wish").text());
        assertEquals(
                List.of("sport", "maths"),
                refused.select("#q-likes input[checked]").eachAttr("value"));
        assertEquals("no idiot teachers", refused.select("#q-wish textarea").text());
        assertEquals("2024-09-01", refused.select("#q-started input").attr("value"));

        Response badDate = person.post(survey, "lang", "pt", "a.likes", "music", "a.started", "1 de setembro");
        assertRefused(badDate, "#q-started .e", "Escreve uma data como ano-mês-dia, por exemplo 2010-05-31.");

        Response done = person.post(
                survey,
                "lang",
                "pt",
                "a.likes",
                "sport",
                "a.likes",
                "music",
                "a.wish",
                "More trees",
                "a.started",
                "2024-09-01");
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").contains("/thanks"), done.header("Location"));
    }

    @Test
    void aSurveyOrCompetitionPathUnderContentLeadsToItsPage() {
        Response survey = given().redirects().follow(false).get("/s/demo/c/have-your-say/wellbeing-survey?lang=en");
        assertEquals(303, survey.statusCode());
        assertTrue(survey.header("Location").endsWith("/s/demo/surveys/" + DemoParticipation.survey() + "?lang=en"));
        Document section =
                Jsoup.parse(given().get("/s/demo/c/have-your-say?lang=en").asString());
        assertEquals(
                1,
                section.select("a[href^=/s/demo/competitions/" + DemoParticipation.competition() + "]")
                        .size());
        assertEquals(
                1,
                section.select("a[href^=/s/demo/surveys/" + DemoParticipation.survey() + "]")
                        .size());
        assertEquals(
                1,
                section.select("a[href=/s/demo/c/have-your-say/health-information-poll?lang=en]")
                        .size(),
                "other items stay under /c");
    }

    @Test
    void anArticleLinksTheSurveyAndCompetitionItEmbeds() {
        ApiUnderTest api = ApiUnderTest.shared();
        long news = Long.parseLong(api.send("GET", "/api/v1/sites/demo/paths/news", null, null, 200)
                .replaceAll("^\\{\"id\":(\\d+).*$", "$1")
                .trim());
        String slug = "say-" + UUID.randomUUID().toString().substring(0, 8);
        api.publish("demo", "article", news, "en", """
                {"title":"Have your say this week","slug":"%s","body":[{"type":"paragraph","markdown":"Two ways to join in."},
                  {"type":"embed","itemId":%d},{"type":"embed","itemId":%d}]}""".formatted(
                        slug, DemoParticipation.survey(), DemoParticipation.competition()));

        Document article =
                Jsoup.parse(given().get("/s/demo/c/news/" + slug + "?lang=pt").asString());

        assertEquals(
                "Responder ao inquérito",
                article.select("a[href=/s/demo/surveys/" + DemoParticipation.survey() + "?lang=pt]")
                        .text());
        assertEquals(
                "Participar no concurso",
                article.select("a[href=/s/demo/competitions/" + DemoParticipation.competition() + "?lang=pt]")
                        .text());
    }

    @Test
    void aSentTipWaitsForModerationAndAPublishedOneCanBeMarkedHelpfulOnce() {
        WebVisitor person = new WebVisitor();
        Response tips = person.get("/s/demo/tips?lang=en");
        assertEquals(200, tips.statusCode());
        assertEquals("private, no-store", tips.header("Cache-Control"));
        assertTrue(tips.asString().contains("A moderator reads every tip"));

        String text =
                "Walk to school with a friend " + UUID.randomUUID().toString().substring(0, 6);
        Response sent = person.post("/s/demo/tips", "lang", "en", "text", text, "displayName", "Zé");
        assertEquals(303, sent.statusCode());
        Response after = person.get("/s/demo/tips?done=sent&lang=en");
        assertTrue(after.asString().contains("Your tip waits for a moderator"));
        assertFalse(after.asString().contains(text), "not published yet");

        long tipId = DemoParticipation.publishTip(text);
        Document listed = html(person.get("/s/demo/tips?lang=en"));
        assertTrue(listed.select("#tip-" + tipId).text().contains(text));
        assertTrue(listed.select("#tip-" + tipId).text().contains("Zé · Nobody found this helpful yet"));

        WebVisitor reader = new WebVisitor();
        reader.get("/s/demo/tips?lang=pt");
        assertEquals(
                303,
                reader.post("/s/demo/tips/" + tipId + "/helpful", "lang", "pt").statusCode());
        Response again = reader.post("/s/demo/tips/" + tipId + "/helpful", "lang", "pt");
        assertEquals(409, again.statusCode());
        assertEquals(
                "Já disseste que esta dica ajudou.", html(again).select("p.e").text());
        assertTrue(html(again).select("#tip-" + tipId).text().contains("1 pessoa achou útil"));
    }

    @Test
    void aTipThatIsTooLongBannedOrOneTooManyComesBackInPortugueseWithWhatWasTyped() {
        WebVisitor person = new WebVisitor();
        person.get("/s/demo/tips?lang=pt");
        String long141 = "a".repeat(141);
        Response tooLong = person.post("/s/demo/tips", "lang", "pt", "text", long141, "displayName", "Rita");
        assertRefused(tooLong, "#text + .e", "Escreve a tua dica com no máximo 140 caracteres.");
        assertEquals(long141, html(tooLong).select("#text").text());
        assertEquals("Rita", html(tooLong).select("#displayName").attr("value"));

        Response banned = person.post("/s/demo/tips", "lang", "pt", "text", "you idiot");
        assertEquals(422, banned.statusCode());
        assertTrue(
                html(banned).select("#text + .e").text().startsWith("Isto contém"),
                html(banned).select("#text + .e").text());

        for (int i = 0; i < 3; i++) {
            assertEquals(
                    303,
                    person.post("/s/demo/tips", "lang", "pt", "text", "Bebe água " + i)
                            .statusCode());
        }
        Response limited = person.post("/s/demo/tips", "lang", "pt", "text", "Mais uma");
        assertEquals(429, limited.statusCode());
        assertTrue(limited.header("Retry-After").matches("\\d+"), limited.header("Retry-After"));
        assertTrue(
                html(limited).select("p.e").text().startsWith("Enviaste muito em pouco tempo."),
                html(limited).select("p.e").text());
        assertEquals("Mais uma", html(limited).select("#text").text());
    }

    @Test
    void anOpenCompetitionAsksVisitorsToJoinAndTakesAMembersStoryUnderItsTerms() {
        String path = "/s/demo/competitions/" + DemoParticipation.competition();
        Response anonymous = new WebVisitor().get(path + "?lang=en");
        assertEquals(200, anonymous.statusCode());
        assertEquals("private, no-store", anonymous.header("Cache-Control"));
        Document call = html(anonymous);
        assertTrue(call.text().contains("Tell us about a day that changed how you see yourself."));
        assertTrue(call.select("p.b").text().startsWith("Open for entries until "));
        assertTrue(call.select("#title").isEmpty(), "no form for a visitor who is not signed in");
        assertEquals(1, call.select("main a[href^=/s/demo/sign-up]").size());
        assertEquals(1, call.select("main a[href^=/s/demo/sign-in]").size());
        // Joining from here comes back here.
        String join = call.select("main a[href^=/s/demo/sign-up]").attr("href");
        assertTrue(join.endsWith("next=/competitions/" + DemoParticipation.competition()), join);
        assertEquals(
                "/competitions/" + DemoParticipation.competition(),
                html(new WebVisitor().get(join)).select("input[name=next]").attr("value"));

        WebVisitor member = new WebVisitor();
        member.signUp(Aliases.unique("writer"));
        Document form = html(member.get(path + "?lang=pt"));
        assertTrue(form.select("form label")
                .text()
                .contains("Aceito os termos deste concurso (your-words-terms, versão 1)"));
        assertFalse(form.select("input[name=showRealName]").hasAttr("checked"), "real name hidden unless chosen");

        Response noTerms =
                member.post(path, "lang", "pt", "title", "O dia", "text", "Choveu.", "realName", "Ana Silva");
        assertEquals(400, noTerms.statusCode());
        assertEquals(
                "Tens de aceitar os termos do concurso para participar.",
                html(noTerms)
                        .select("input[name=terms] ~ .e, label + .e")
                        .last()
                        .text());
        assertEquals("O dia", html(noTerms).select("#title").attr("value"));
        assertEquals("Choveu.", html(noTerms).select("#text").text());

        Response banned = member.post(path, "lang", "pt", "title", "idiot", "text", "Choveu.", "terms", "yes");
        assertEquals(422, banned.statusCode());
        assertTrue(html(banned).select("#title + .e").text().startsWith("Isto contém"));

        Response entered = member.post(
                path, "lang", "pt", "title", "O dia", "text", "Choveu.", "realName", "Ana Silva", "terms", "yes");
        assertEquals(303, entered.statusCode());
        Document thanks = html(member.get(path + "?entered=true&lang=pt"));
        assertTrue(thanks.select("p.ok").text().startsWith("Obrigado! A tua história foi recebida."));
        assertEquals("O dia (recebida)", thanks.select("main li").text());
    }

    @Test
    void aClosedCompetitionHasNoFormAndIsCacheableWithAnEtag() {
        String path = "/s/demo/competitions/" + DemoParticipation.closedCompetition() + "?lang=en";
        Response closed = given().get(path);
        assertEquals(200, closed.statusCode());
        assertTrue(closed.header("Cache-Control").startsWith("public, max-age="), closed.header("Cache-Control"));
        assertNull(closed.getDetailedCookies().get("beacon_session"), "a cacheable page starts no session");
        Document page = html(closed);
        assertTrue(page.select("form").isEmpty());
        assertTrue(page.select("p.b").text().startsWith("Closed on "));
        assertTrue(page.text().contains("Poems about home."));
        given().header("If-None-Match", closed.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void everyParticipationFormRefusesAPostWithoutThisSessionsToken() {
        WebVisitor person = new WebVisitor();
        person.signUp(Aliases.unique("forger"));
        WebVisitor other = new WebVisitor();
        other.get("/s/demo/tips?lang=en");
        person.forgeCsrf(other.csrf());
        String competition = "/s/demo/competitions/" + DemoParticipation.competition();
        for (String path :
                List.of(surveyPath() + "/start", surveyPath(), "/s/demo/tips", "/s/demo/tips/1/helpful", competition)) {
            Response forged = person.post(path, "lang", "en", "text", "Forged", "title", "Forged", "terms", "yes");
            assertEquals(403, forged.statusCode(), path);
            assertEquals("private, no-store", forged.header("Cache-Control"), path);
        }
        person.get(competition + "?lang=en");
        assertTrue(html(person.get(competition + "?lang=en")).select("main li").isEmpty(), "no entry was made");
    }

    /** A 400 that shows the message at the field {@code selector} points to. */
    private static void assertRefused(Response response, String selector, String message) {
        assertEquals(400, response.statusCode());
        assertEquals(message, html(response).select(selector).text());
    }
}
