package dev.beacon.channel.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.web.support.DemoArticles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The public pages as a visitor sees them: languages, every block, Free Basics, routing by host, HTTP caching. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class PublicPagesTest {

    private static Document page(String path, String... headers) {
        var request = given();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Jsoup.parse(request.get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void homeShowsTheBannerFeaturedItemsAndTopLevelSections() {
        Document home = page("/s/demo/?lang=en");

        assertEquals(
                "Need to talk? Call 116, free, day and night",
                home.select("p.b a").text());
        assertTrue(home.select("ul.t a")
                .eachText()
                .containsAll(List.of("What consent means", "Health", "Relationships", "News")));
        assertEquals(
                "/s/demo/c/health?lang=en", home.select("a:contains(Health)").attr("href"));
    }

    @Test
    void eachSiteWearsItsOwnSkin() {
        String demo = page("/s/demo/?lang=en").select("style").html();
        String kenya = page("/s/kenya/?lang=sw").select("style").html();

        assertTrue(demo.contains(":root{--p:#1a5276;--a:#f39c12}"), demo);
        assertTrue(kenya.contains(":root{--p:#006600;--a:#bb0000}"), kenya);
    }

    @Test
    void servesTheLanguageAskedForAndSaysSoInHtmlLang() {
        Document pt = page("/s/demo/?lang=pt");
        Document brazil = page("/s/demo/?lang=pt-BR");
        Document byHeader = page("/s/demo/", "Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5");
        Document unknown = page("/s/demo/?lang=xx");

        assertEquals("pt", pt.select("html").attr("lang"));
        assertTrue(pt.select("ul.t a").eachText().contains("Saúde"));
        assertEquals("Em destaque", pt.select("h2").first().text());
        assertEquals("pt", brazil.select("html").attr("lang"), "pt-BR content with the pt interface");
        assertEquals(
                "/s/demo/c/saude?lang=pt-BR", brazil.select("a:contains(Saúde)").attr("href"));
        assertEquals("pt", byHeader.select("html").attr("lang"));
        assertEquals("en", unknown.select("html").attr("lang"));
        assertEquals("/s/demo/?lang=pt", unknown.select("footer a[hreflang=pt]").attr("href"));
    }

    @Test
    void marksAnArticleServedInAFallbackLocale() {
        Document article = page("/s/demo/c/health/sexual-health/period-myths?lang=pt");

        assertEquals("pt", article.select("html").attr("lang"));
        assertEquals("en", article.select("article").attr("lang"));
        assertTrue(article.text().contains("Esta página ainda não existe na tua língua"));
    }

    @Test
    void rendersEveryBlockTypeWithImagesResizedForPhones() {
        Document article = page("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en");

        assertEquals("The clinic is open", article.select("h1").text());
        assertEquals("Opening hours", article.select("article h2").text());
        assertEquals("any weekday", article.select("article p strong").text());
        assertEquals(
                "/s/demo/c/health?lang=en",
                article.select("a:contains(our tips)").attr("href"),
                "a site path in Markdown links to the web page");
        var img = article.select("article figure img").first();
        assertEquals("The clinic's green door", img.attr("alt"));
        assertTrue(
                img.attr("src").matches("/s/demo/images/\\d+/2\\?lang=en&w=240"),
                "resized for phones: " + img.attr("src"));
        assertEquals("240", img.attr("width"));
        assertEquals("160", img.attr("height"));
        assertEquals("Look for the green door", article.select("figcaption").text());
        assertEquals(
                List.of("Free tests", "Free condoms", "Someone to talk to"),
                article.select("article ul li").eachText());
        assertEquals(
                "/s/demo/c/health/mental-health/stress?lang=en",
                article.select("a:contains(Feeling stressed?)").attr("href"));
        assertEquals("judge", article.select("blockquote em").text());
        assertTrue(article.select("blockquote").text().contains("Nurse Amina"));
        assertEquals(
                "/s/demo/tag/school?lang=en",
                article.select("a:contains(#school)").attr("href"));
    }

    @Test
    void freeBasicsVisitorsGetNoImagesAndNoBanners() {
        Document home = page("/s/demo/?lang=en", "Via", "1.1 Internet.org");
        Document article = page("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en", "Via", "1.1 Internet.org");

        assertTrue(home.select("p.b").isEmpty());
        assertTrue(article.select("img").isEmpty());
        assertTrue(article.text().contains("[The clinic's green door] Look for the green door"));
        assertFalse(page("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en")
                .select("img")
                .isEmpty());
    }

    @Test
    void aConfiguredHostServesItsSiteWithoutThePathPrefix() {
        Document section = page("/c/health?lang=en", "Host", "m.example.test");

        assertEquals("Health", section.select("h1").text());
        assertEquals(
                "/c/health/sexual-health?lang=en",
                section.select("a:contains(Sexual health)").attr("href"));
        assertEquals("/?lang=en", section.select("a.brand").attr("href"));
    }

    @Test
    void searchAndTagPagesListWhatTheApiFinds() {
        Document search = page("/s/demo/search?q=sleeping&lang=en");
        Document tag = page("/s/demo/tag/consent?lang=en");

        assertTrue(search.select("ul.t a").eachText().contains("Sleep better tonight"), search.text());
        assertTrue(tag.select("ul.t a").eachText().contains("What consent means"), tag.text());
        assertEquals("Tagged #consent", tag.select("h1").text());
    }

    @Test
    void anonymousPagesAreCacheableAndRevalidatedWithTheirEtag() {
        String path = "/s/demo/c/relationships/consent?lang=en";
        String etag = given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Vary", containsString("Accept-Language"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .extract()
                .header("ETag");

        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", etag)
                .get("/s/demo/c/relationships/consent?lang=pt")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void anUnknownPageOrSiteIsA404InThePersonsLanguage() {
        String missing = given().get("/s/demo/c/no-such-thing?lang=pt")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        given().get("/s/nowhere/").then().statusCode(404);
        given().get("/s/demo/c/../../etc?lang=en").then().statusCode(404);

        assertTrue(missing.contains("Página não encontrada"), missing);
    }
}
