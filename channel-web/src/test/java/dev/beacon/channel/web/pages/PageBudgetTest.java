package dev.beacon.channel.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.CommunityFixtures;
import dev.beacon.channel.web.support.DemoArticles;
import dev.beacon.channel.web.support.DemoCommunity;
import dev.beacon.channel.web.support.DemoParticipation;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every page type within the budget of a cheap phone on costly data: HTML with its inline CSS at most 15 KB
 * gzipped, not one {@code <script>}, well-formed (a strict XML parser reads it, and the HTML5 parser reports no
 * error), and every image with an {@code alt} and a width.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class PageBudgetTest {

    static final int BUDGET = 15 * 1024;

    @Test
    void everyPageTypeIsSmallScriptFreeAndWellFormed() throws Exception {
        String article = DemoArticles.everyBlockType();
        WebVisitor anonymous = new WebVisitor();
        WebVisitor member = new WebVisitor();
        member.signUp(Aliases.unique("budget"));

        Map<String, Response> pages = new LinkedHashMap<>();
        pages.put("home", anonymous.get("/s/demo/?lang=en"));
        pages.put("home (pt)", anonymous.get("/s/demo/?lang=pt"));
        pages.put("section", anonymous.get("/s/demo/c/health?lang=en"));
        pages.put("article (every block type)", anonymous.get("/s/demo/c/" + article + "?lang=en"));
        pages.put("tag", anonymous.get("/s/demo/tag/school?lang=en"));
        pages.put("search", anonymous.get("/s/demo/search?q=stress&lang=en"));
        pages.put("sign-in", anonymous.get("/s/demo/sign-in?lang=en"));
        pages.put("sign-up", anonymous.get("/s/demo/sign-up?lang=pt"));
        pages.put("recover PIN", anonymous.get("/s/demo/recover?lang=en"));
        pages.put("account", member.get("/s/demo/account?lang=en"));
        pages.put("delete account", member.get("/s/demo/account/delete?lang=en"));
        pages.put("sign-up refused", anonymous.postSignUp("big idiot"));
        pages.put("not found", anonymous.get("/s/demo/c/no/such/page?lang=en"));
        String survey = "/s/demo/surveys/" + DemoParticipation.survey();
        pages.put("survey intro", anonymous.get(survey + "?lang=en"));
        anonymous.post(survey + "/start", "lang", "en");
        pages.put("survey step", anonymous.get(survey + "?lang=pt"));
        pages.put("survey step refused", anonymous.post(survey, "lang", "pt"));
        String everyType = "/s/demo/surveys/" + DemoParticipation.everyQuestionType();
        anonymous.post(everyType + "/start", "lang", "en");
        pages.put("survey step (multi-choice, text, date)", anonymous.get(everyType + "?lang=en"));
        pages.put("survey thanks", anonymous.get(survey + "/thanks?lang=en"));
        publishFullPageOfTips();
        pages.put("tips (a full page)", anonymous.get("/s/demo/tips?lang=en"));
        pages.put("tip refused", anonymous.post("/s/demo/tips", "lang", "pt", "text", "x".repeat(141)));
        String competition = "/s/demo/competitions/" + DemoParticipation.competition();
        pages.put("competition (visitor)", anonymous.get(competition + "?lang=en"));
        pages.put("competition (entry form)", member.get(competition + "?lang=pt"));
        pages.put("competition refused", member.post(competition, "lang", "en", "title", "My day", "text", "x"));
        pages.put(
                "competition (closed)",
                anonymous.get("/s/demo/competitions/" + DemoParticipation.closedCompetition() + "?lang=en"));

        // Polls, reactions and comments.
        long poll = DemoCommunity.id(DemoCommunity.POLL);
        long talk = CommunityFixtures.article("Budget talk");
        String path = CommunityFixtures.pathOf(talk);
        pages.put("poll (single choice)", anonymous.get("/s/demo/polls/" + poll + "?lang=en"));
        pages.put(
                "poll (number, pt)",
                anonymous.get("/s/demo/polls/" + DemoCommunity.id(DemoCommunity.NUMBER_POLL) + "?lang=pt"));
        pages.put("poll refused (no choice)", anonymous.post("/s/demo/polls/" + poll, "lang", "pt"));
        member.get("/s/demo/polls/" + poll + "?lang=en");
        member.post("/s/demo/polls/" + poll, "lang", "en", "choice", "school");
        pages.put("poll voted (results)", member.get("/s/demo/polls/" + poll + "?lang=en"));
        pages.put(
                "poll closed (results)", anonymous.get("/s/demo/polls/" + CommunityFixtures.closedPoll() + "?lang=en"));
        pages.put(
                "reaction form",
                member.get("/s/demo/reactions/" + DemoCommunity.id(DemoCommunity.CONSENT) + "?lang=en"));
        pages.put(
                "reaction thank-you",
                member.post(
                        "/s/demo/reactions/" + DemoCommunity.id(DemoCommunity.CONSENT),
                        "lang",
                        "en",
                        "choice",
                        "love"));
        pages.put("comment form", member.get("/s/demo/comments/" + talk + "?lang=en"));
        pages.put("comment refused", member.post("/s/demo/comments/" + talk, "lang", "pt", "text", "you idiot"));
        WebVisitor other = new WebVisitor();
        other.signUp(Aliases.unique("budget"));
        other.get("/s/demo/comments/" + talk + "?lang=en");
        for (int i = 0; i < 3; i++) {
            String posted = member.post(
                            "/s/demo/comments/" + talk,
                            "lang",
                            "en",
                            "text",
                            "A thought about it, number " + i + ", with a few more words than a short one would have.")
                    .getHeader("Location");
            long id = Long.parseLong(posted.replaceAll("^.*#c(\\d+)$", "$1"));
            other.post(
                    "/s/demo/comments/" + talk,
                    "lang",
                    "en",
                    "parent",
                    String.valueOf(id),
                    "text",
                    "A reply <b>to</b> " + i);
        }
        pages.put(
                "article with reactions and comments",
                anonymous.get("/s/demo/c/" + DemoCommunity.CONSENT + "?lang=en"));
        pages.put("article with a comment thread", anonymous.get("/s/demo/c/" + path + "?lang=en"));
        long comment = Long.parseLong(member.get("/s/demo/c/" + path + "?lang=en")
                .asString()
                .replaceAll("(?s)^.*?<li id=\"c(\\d+)\".*$", "$1"));
        pages.put("report form", member.get("/s/demo/comments/report/" + talk + "?lang=en&comment=" + comment));
        pages.put(
                "reported",
                member.post(
                        "/s/demo/comments/report/" + talk,
                        "lang",
                        "en",
                        "comment",
                        String.valueOf(comment),
                        "reason",
                        "spam"));

        StringBuilder report = new StringBuilder("page\tstatus\tbytes\tgzipped\n");
        for (Map.Entry<String, Response> page : pages.entrySet()) {
            String name = page.getKey();
            String html = page.getValue().asString();
            int gzipped = gzippedSize(html);
            report.append(name)
                    .append('\t')
                    .append(page.getValue().statusCode())
                    .append('\t')
                    .append(html.getBytes(StandardCharsets.UTF_8).length)
                    .append('\t')
                    .append(gzipped)
                    .append('\n');

            assertTrue(page.getValue().contentType().startsWith("text/html"), name);
            assertTrue(gzipped <= BUDGET, name + " is " + gzipped + " bytes gzipped");
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), name + " has a script");
            assertWellFormed(name, html);
            Document doc = Jsoup.parse(html);
            for (Element img : doc.select("img")) {
                assertTrue(img.hasAttr("alt"), name + ": " + img);
                assertTrue(img.attr("width").matches("\\d+"), name + ": " + img);
            }
        }
        Path out = Path.of("target", "page-weights.tsv");
        Files.writeString(out, report);
        System.out.println("Page weights (also in " + out + "):\n" + report);
        assertEquals(200, pages.get("article (every block type)").statusCode());
        assertEquals(404, pages.get("not found").statusCode());
        assertEquals(200, pages.get("poll voted (results)").statusCode());
        assertEquals(200, pages.get("article with a comment thread").statusCode());
        assertEquals(200, pages.get("reported").statusCode());
    }

    /** Twenty tips of realistic length, sent by several people (3 an hour each) and published by the moderator. */
    private static void publishFullPageOfTips() {
        WebVisitor sender = null;
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) {
                sender = new WebVisitor();
                sender.get("/s/demo/tips?lang=en");
            }
            String text = "Tip " + i + " " + Aliases.unique("")
                    + ": when you feel low, text a friend, take a walk outside, and drink some water before bed.";
            sender.post("/s/demo/tips", "lang", "en", "text", text, "displayName", "Reader " + i);
            DemoParticipation.publishTip(text);
        }
    }

    private static void assertWellFormed(String name, String html) throws Exception {
        // Strict XML: an unclosed or misnested tag, an unquoted attribute or a stray & fails here.
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new AssertionError(
                    name + " is not well-formed at line " + e.getLineNumber() + ": " + e.getMessage() + "\n" + html, e);
        }
        // And the HTML5 parsing algorithm has nothing to correct.
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(html, "", parser);
        assertTrue(parser.getErrors().isEmpty(), name + ": " + parser.getErrors());
    }

    private static int gzippedSize(String html) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
