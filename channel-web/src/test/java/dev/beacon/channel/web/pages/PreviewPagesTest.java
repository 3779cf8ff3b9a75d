package dev.beacon.channel.web.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A draft shown with the article page's own template, read with the api's preview token; never cached. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class PreviewPagesTest {

    @Test
    void aDraftIsShownAsItsArticlePageWithThePreviewToken() {
        ApiUnderTest api = ApiUnderTest.shared();
        String eddie = api.staffToken("eddie");
        String slug = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        String created = api.send("POST", "/api/v1/manage/sites/demo/content", eddie, """
                {"type":"article","translation":{"locale":"pt","content":{"title":"Rascunho %s","slug":"%s",
                 "body":[{"type":"heading","level":2,"text":"Ainda não publicado"},
                         {"type":"paragraph","markdown":"Texto **em rascunho**."}]}}}""".formatted(slug, slug), 201);
        long id =
                Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
        String issued = api.send(
                "POST", "/api/v1/manage/sites/demo/content/" + id + "/translations/pt/preview", eddie, null, 200);
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued);
        assertTrue(m.find(), issued);

        Response preview = given().get("/s/demo/preview/" + m.group(1));
        assertEquals(200, preview.statusCode(), preview.asString());
        assertEquals("private, no-store", preview.header("Cache-Control"));
        assertEquals("noindex", preview.header("X-Robots-Tag"));
        Document page = Jsoup.parse(preview.asString());
        assertEquals("pt", page.select("html").attr("lang"), "the draft's language");
        assertEquals("Rascunho " + slug, page.select("main h1").text());
        assertEquals("Ainda não publicado", page.select("article h2").text());
        assertEquals("em rascunho", page.select("article p strong").text());
        // the same draft is not on the site
        assertEquals(404, given().get("/s/demo/c/" + slug + "?lang=pt").statusCode());

        // a token altered, or of another shape, is not found
        String token = m.group(1);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertEquals(404, given().get("/s/demo/preview/" + altered).statusCode());
        assertEquals(404, given().get("/s/demo/preview/not%20a%20token").statusCode());
        // nor on another site
        assertEquals(404, given().get("/s/kenya/preview/" + token).statusCode());
    }
}
