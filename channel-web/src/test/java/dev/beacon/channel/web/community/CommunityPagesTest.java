package dev.beacon.channel.web.community;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.CommunityFixtures;
import dev.beacon.channel.web.support.DemoCommunity;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Polls, reactions and comments over HTTP, as a browser without JavaScript uses them, against the real API. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class CommunityPagesTest {

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    private static WebVisitor member() {
        WebVisitor person = new WebVisitor();
        person.signUp(Aliases.unique("talk"));
        return person;
    }

    private static long commentIdIn(Response redirect) {
        return Long.parseLong(redirect.getHeader("Location").replaceAll("^.*#c(\\d+)$", "$1"));
    }

    // ---- polls

    @Test
    void aSectionLinkToAPollLeadsToItsPageWithRadioButtonsAndACsrfTokenNeverCached() {
        long poll = DemoCommunity.id(DemoCommunity.POLL);
        WebVisitor visitor = new WebVisitor();
        Response link = visitor.get("/s/demo/c/" + DemoCommunity.POLL + "?lang=en");
        assertEquals(303, link.statusCode());
        assertTrue(
                link.getHeader("Location").endsWith("/s/demo/polls/" + poll + "?lang=en"), link.getHeader("Location"));

        Response page = visitor.get("/s/demo/polls/" + poll + "?lang=pt");
        Document doc = html(page);
        assertEquals(200, page.statusCode());
        assertEquals("private, no-store", page.getHeader("Cache-Control"));
        assertEquals("pt", doc.select("html").attr("lang"));
        assertEquals("Onde procuras informação sobre saúde?", doc.select("h1").text());
        assertEquals(4, doc.select("input[type=radio][name=choice]").size());
        assertFalse(doc.select("form input[name=_csrf]").attr("value").isEmpty());
        assertTrue(doc.text().contains("Uma clínica ou enfermeira"));
    }

    @Test
    void anAnonymousVisitorVotesThenSeesTheirAnswerAndThePercentagesAndCannotVoteTwice() {
        long poll = DemoCommunity.id(DemoCommunity.POLL);
        WebVisitor visitor = new WebVisitor();
        visitor.get("/s/demo/polls/" + poll + "?lang=en");

        Response voted = visitor.post("/s/demo/polls/" + poll, "lang", "en", "choice", "friends");
        assertEquals(303, voted.statusCode());
        assertFalse(voted.getHeader("Location").contains("friends"), "nothing the person chose is in the URL");
        Document after = html(visitor.get(voted.getHeader("Location").replaceAll("^https?://[^/]+", "")));
        assertTrue(
                after.select("p.ok").text().contains("You voted: Friends"),
                after.select("p.ok").text());
        assertTrue(
                after.select("ul.t li").text().matches(".*Friends: \\d+ %.*"),
                after.select("ul.t").text());
        assertTrue(
                after.select("form").stream().noneMatch(f -> f.attr("action").contains("/polls/")),
                "no second vote form");

        Response again = visitor.post("/s/demo/polls/" + poll, "lang", "pt", "choice", "school");
        Document refused = html(again);
        assertEquals(409, again.statusCode());
        assertEquals("Já fizeste isto. Obrigado!", refused.select("p.e").text());
        assertTrue(refused.select("p.ok").text().contains("Amigos"), "their own vote, in Portuguese");
    }

    @Test
    void aMissingChoiceOrAWrongNumberComesBackInPortugueseWithWhatWasTyped() {
        WebVisitor visitor = new WebVisitor();
        long poll = DemoCommunity.id(DemoCommunity.POLL);
        visitor.get("/s/demo/polls/" + poll + "?lang=pt");
        Response none = visitor.post("/s/demo/polls/" + poll, "lang", "pt");
        assertEquals(400, none.statusCode());
        assertEquals("Escolhe uma resposta.", html(none).select("span.e").text());

        long sleep = DemoCommunity.id(DemoCommunity.NUMBER_POLL);
        Response word = visitor.post("/s/demo/polls/" + sleep, "lang", "pt", "number", "oito");
        Document doc = html(word);
        assertEquals(400, word.statusCode());
        assertEquals("Indica um número.", doc.select("span.e").text());
        assertEquals("oito", doc.select("input#number").attr("value"));

        Response eight = visitor.post("/s/demo/polls/" + sleep, "lang", "pt", "number", "8");
        assertEquals(303, eight.statusCode());
        Document counted = html(visitor.get("/s/demo/polls/" + sleep + "?lang=pt&voted=true"));
        assertTrue(
                counted.select("p.ok").text().contains("Votaste: 8"),
                counted.select("p.ok").text());
        assertTrue(counted.text().contains("Respostas até agora:"));
    }

    @Test
    void aClosedPollShowsItsResultsAndRefusesAVoteWithNotOpen() {
        long closed = CommunityFixtures.closedPoll();
        WebVisitor visitor = new WebVisitor();
        Document page = html(visitor.get("/s/demo/polls/" + closed + "?lang=en"));
        assertEquals("This poll is closed.", page.select("p.b").text());
        assertTrue(page.select("input[name=choice]").isEmpty());
        assertEquals("Results", page.select("h2").text());

        // As if the form had been opened while the poll was still open.
        visitor.get("/s/demo/polls/" + DemoCommunity.id(DemoCommunity.POLL) + "?lang=pt");
        Response refused = visitor.post("/s/demo/polls/" + closed, "lang", "pt", "choice", "yes");
        assertEquals(409, refused.statusCode());
        assertEquals("Isto não está aberto agora.", html(refused).select("p.e").text());
    }

    // ---- reactions

    @Test
    void anArticleShowsItsReactionCountsAndCommentsAndStaysCacheableWithItsEtag() {
        Response article = given().get("/s/demo/c/" + DemoCommunity.CONSENT + "?lang=en");
        Document doc = html(article);
        assertEquals(200, article.statusCode());
        assertTrue(
                article.getHeader("Cache-Control").startsWith("public, max-age="), article.getHeader("Cache-Control"));
        assertNotNull(article.getHeader("ETag"));
        assertFalse(article.getDetailedCookies().hasCookieWithName("beacon_session"), "anonymous pages set no cookie");
        assertEquals(
                "How did this article make you feel?", doc.select("#react h2").text());
        assertTrue(doc.select("#react").text().contains("Helpful:"));
        assertEquals("Comments", doc.select("#comments h2").text());
        assertEquals(
                304,
                given().header("If-None-Match", article.getHeader("ETag"))
                        .get("/s/demo/c/" + DemoCommunity.CONSENT + "?lang=en")
                        .statusCode());
    }

    @Test
    void reactingShowsTheArticlesThankYouInPortugueseAndOnlyOnce() {
        long consent = DemoCommunity.id(DemoCommunity.CONSENT);
        WebVisitor visitor = new WebVisitor();
        Document form = html(visitor.get("/s/demo/reactions/" + consent + "?lang=pt"));
        assertEquals(3, form.select("button[name=choice]").size());
        assertEquals(
                "private, no-store",
                visitor.get("/s/demo/reactions/" + consent + "?lang=pt").getHeader("Cache-Control"));

        Response reacted = visitor.post("/s/demo/reactions/" + consent, "lang", "pt", "choice", "helpful");
        assertEquals(200, reacted.statusCode());
        assertEquals(
                "Obrigado! A tua reação ajuda-nos a escrever melhores artigos.",
                html(reacted).select("p.ok").text());

        Response again = visitor.post("/s/demo/reactions/" + consent, "lang", "pt", "choice", "love");
        assertEquals(409, again.statusCode());
        assertEquals("Já fizeste isto. Obrigado!", html(again).select("p.e").text());
    }

    // ---- comments

    @Test
    void commentingNeedsAnAliasSoAVisitorIsSentToSignUpAndBackToTheForm() {
        long article = CommunityFixtures.article("Join to talk");
        WebVisitor visitor = new WebVisitor();
        Response write = visitor.get("/s/demo/comments/" + article + "?lang=en");
        assertEquals(303, write.statusCode());
        String signUp = write.getHeader("Location").replaceAll("^https?://[^/]+", "");
        assertTrue(signUp.endsWith("/s/demo/sign-up?lang=en&next=/comments/" + article), signUp);

        Document form = html(visitor.get(signUp));
        assertEquals("/comments/" + article, form.select("input[name=next]").attr("value"));
        Response joined = visitor.postSignUp(Aliases.unique("talk"), "next", "/comments/" + article);
        assertEquals(303, joined.statusCode());
        assertTrue(
                joined.getHeader("Location").endsWith("/s/demo/comments/" + article + "?lang=en"),
                joined.getHeader("Location"));

        Response evil = new WebVisitor().get("/s/demo/sign-up?lang=en&next=//evil.example/x");
        assertTrue(html(evil).select("input[name=next]").isEmpty(), "a return link only ever leads inside the site");
    }

    @Test
    void aCommentWithAScriptIsShownAsTextAndARepliedThreadNotifiesTheAuthor() {
        long article = CommunityFixtures.article("Scripts are text");
        String path = CommunityFixtures.pathOf(article);
        WebVisitor ana = member();
        WebVisitor ben = member();
        ana.get("/s/demo/comments/" + article + "?lang=en");
        Response posted = ana.post(
                "/s/demo/comments/" + article, "lang", "en", "text", "<script>alert('x')</script> Consent matters");
        assertEquals(303, posted.statusCode());
        long first = commentIdIn(posted);

        Document reply = html(ben.get("/s/demo/comments/" + article + "?lang=en&parent=" + first));
        assertEquals(String.valueOf(first), reply.select("input[name=parent]").attr("value"));
        assertTrue(reply.select("blockquote").text().contains("Consent matters"));
        Response replied = ben.post(
                "/s/demo/comments/" + article, "lang", "en", "parent", String.valueOf(first), "text", "I agree");
        long second = commentIdIn(replied);

        Response page = given().get("/s/demo/c/" + path + "?lang=en&posted=" + second);
        assertFalse(page.asString().toLowerCase().contains("<script"), "a comment's script is never markup");
        Document doc = html(page);
        assertEquals(
                "<script>alert('x')</script> Consent matters",
                doc.select("#c" + first + " > p[style]").text());
        assertEquals(
                "I agree",
                doc.select("#c" + first + " ul #c" + second + " p[style]").text());
        assertEquals("Your comment is published.", doc.select("#comments p.ok").text());

        Document account = html(ana.get("/s/demo/account?lang=en"));
        assertEquals("Replies to you", account.select("h2").first().text());
        assertTrue(
                account.select("ul.t li").text().contains("I agree"),
                account.select("ul.t").text());
        Response read = ana.post(
                "/s/demo/account/replies/read",
                "lang",
                "en",
                "upTo",
                account.select("input[name=upTo]").attr("value"));
        assertEquals(303, read.statusCode());
        assertTrue(
                html(ana.get("/s/demo/account?lang=en"))
                        .select("input[name=upTo]")
                        .isEmpty(),
                "nothing unread any more");
    }

    @Test
    void aBannedWordATooLongTextAndTooManyCommentsComeBackInPortugueseWithTheTextKept() {
        long article = CommunityFixtures.article("Mind your words");
        WebVisitor person = member();
        person.get("/s/demo/comments/" + article + "?lang=pt");

        Response banned = person.post("/s/demo/comments/" + article, "lang", "pt", "text", "what an idiot");
        Document doc = html(banned);
        assertEquals(422, banned.statusCode());
        assertTrue(
                doc.select("span.e").text().startsWith("Isto contém algo que este site não permite"),
                doc.select("span.e").text());
        assertEquals("what an idiot", doc.select("textarea#text").text());
        assertEquals("pt", doc.select("html").attr("lang"));

        Response tooLong = person.post("/s/demo/comments/" + article, "lang", "pt", "text", "x".repeat(2001));
        assertEquals(400, tooLong.statusCode());
        assertEquals(
                "Escreve algo, até 2000 caracteres.",
                html(tooLong).select("span.e").text());

        for (int i = 0; i < 5; i++) {
            assertEquals(
                    303,
                    person.post("/s/demo/comments/" + article, "lang", "pt", "text", "Ponto " + i)
                            .statusCode());
        }
        Response limited = person.post("/s/demo/comments/" + article, "lang", "pt", "text", "Mais um");
        assertEquals(429, limited.statusCode());
        assertTrue(Integer.parseInt(limited.getHeader("Retry-After")) > 0);
        assertTrue(
                html(limited).select("p.e").text().startsWith("Estás a ir depressa demais"),
                html(limited).select("p.e").text());
        assertEquals("Mais um", html(limited).select("textarea#text").text());
    }

    @Test
    void closedAndTimedCommentingIsRespected() {
        ApiUnderTest api = ApiUnderTest.shared();
        String editor = api.staffToken("eddie");
        long closed = CommunityFixtures.article("Closed for now");
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + closed + "/commenting",
                editor,
                "{\"state\":\"closed\"}",
                200);
        long later = CommunityFixtures.article("Opens later");
        String from = Instant.now()
                .plus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        api.send(
                "PUT",
                "/api/v1/manage/sites/demo/content/" + later + "/commenting",
                editor,
                "{\"state\":\"open\",\"openFrom\":\"" + from + "\"}",
                200);

        Document closedPage = html(given().get("/s/demo/c/" + CommunityFixtures.pathOf(closed) + "?lang=pt"));
        assertEquals(
                "Os comentários estão fechados.",
                closedPage.select("#comments p.m").first().text());
        assertTrue(closedPage.select("#comments a[href*=/comments/]").isEmpty(), "no link to write");
        Document laterPage = html(given().get("/s/demo/c/" + CommunityFixtures.pathOf(later) + "?lang=en"));
        assertEquals(
                "Comments open on " + from.substring(0, 10) + ".",
                laterPage.select("#comments p.m").first().text());

        WebVisitor person = member();
        person.get("/s/demo/comments/" + closed + "?lang=pt");
        Response refused = person.post("/s/demo/comments/" + closed, "lang", "pt", "text", "Olá");
        assertEquals(409, refused.statusCode());
        assertEquals("Isto não está aberto agora.", html(refused).select("p.e").text());
        assertEquals("Olá", html(refused).select("textarea#text").text());
    }

    @Test
    void reportingNeedsAMemberAReasonAndIsTakenOnce() {
        long article = CommunityFixtures.article("Report me");
        WebVisitor author = member();
        author.get("/s/demo/comments/" + article + "?lang=en");
        long comment =
                commentIdIn(author.post("/s/demo/comments/" + article, "lang", "en", "text", "Buy cheap watches"));

        Response anonymous = new WebVisitor().get("/s/demo/comments/report/" + article + "?lang=en&comment=" + comment);
        assertEquals(303, anonymous.statusCode());
        assertTrue(
                anonymous.getHeader("Location").contains("/s/demo/sign-in?lang=en&next=/c/"),
                anonymous.getHeader("Location"));

        WebVisitor reporter = member();
        Document form = html(reporter.get("/s/demo/comments/report/" + article + "?lang=pt&comment=" + comment));
        assertEquals(4, form.select("input[name=reason]").size());
        assertTrue(form.select("blockquote").text().contains("Buy cheap watches"));
        Response noReason = report(reporter, article, comment, "note", "anúncio");
        assertEquals(400, noReason.statusCode());
        assertEquals("Escolhe um motivo.", html(noReason).select("span.e").text());
        assertEquals("anúncio", html(noReason).select("textarea#note").text());

        Response reported = report(reporter, article, comment, "reason", "spam");
        assertEquals(200, reported.statusCode());
        assertEquals("Obrigado pela tua denúncia", html(reported).select("h1").text());
        Response again = report(reporter, article, comment, "reason", "other");
        assertEquals(409, again.statusCode());
        assertEquals("Já fizeste isto. Obrigado!", html(again).select("p.e").text());
    }

    @Test
    void everyCommunityFormRefusesAPostWithoutThisSessionsToken() {
        long poll = DemoCommunity.id(DemoCommunity.POLL);
        long consent = DemoCommunity.id(DemoCommunity.CONSENT);
        WebVisitor person = member();
        person.get("/s/demo/polls/" + poll + "?lang=pt");
        person.forgeCsrf("forged");

        Response vote = person.post("/s/demo/polls/" + poll, "lang", "pt", "choice", "clinic");
        assertEquals(403, vote.statusCode());
        assertEquals("private, no-store", vote.getHeader("Cache-Control"));
        assertEquals(
                403,
                person.post("/s/demo/reactions/" + consent, "lang", "en", "choice", "love")
                        .statusCode());
        assertEquals(
                403,
                person.post("/s/demo/comments/" + consent, "lang", "en", "text", "hi")
                        .statusCode());
        assertEquals(
                403,
                person.post("/s/demo/comments/report/" + consent, "lang", "en", "comment", "1", "reason", "spam")
                        .statusCode());
        assertEquals(
                403,
                person.post("/s/demo/account/replies/read", "lang", "en", "upTo", "1")
                        .statusCode());
        assertEquals(
                403,
                new WebVisitor()
                        .post("/s/demo/polls/" + poll, "lang", "en", "choice", "clinic")
                        .statusCode(),
                "no session, no vote");
    }

    /** Posts the report form (in Portuguese) for a comment under the article with one more field. */
    private static Response report(WebVisitor reporter, long article, long comment, String field, String value) {
        return reporter.post(
                "/s/demo/comments/report/" + article, "lang", "pt", "comment", String.valueOf(comment), field, value);
    }
}
