package dev.beacon.channel.web.images;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Library images (the demo's *Free clinic days* shows one): the page offers their renditions in a srcset, WebP first,
 * served on this site's origin with immutable caching, and the page stays within its budget.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class MediaPagesTest {

    private static final String ARTICLE = "/s/demo/c/news/free-clinic-days?lang=en";

    @Test
    void aLibraryImageIsAPictureOfRenditionsWithItsAltText() throws Exception {
        String html = given().get(ARTICLE).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        Element picture = page.select("article figure picture").first();
        assertNotNull(picture, html);
        Element webp = picture.selectFirst("source[type=image/webp]");
        Element img = picture.selectFirst("img");
        assertEquals("People queueing outside a clinic under a blue sky", img.attr("alt"));
        assertTrue(
                webp.attr("srcset").matches("(/s/demo/media/\\d+/[0-9a-f]{16}/\\d+\\.webp \\d+w(, )?)+"),
                webp.attr("srcset"));
        assertTrue(img.attr("srcset").contains(".jpg 120w"), img.attr("srcset"));
        assertTrue(!img.attr("srcset").contains(" 960w"), "no wider than twice the page's image width");
        assertTrue(img.attr("src").endsWith("/240.jpg"), img.attr("src"));
        assertTrue(gzipped(html) <= 15_000, "page budget: " + gzipped(html));

        String thumbnail = webp.attr("srcset").split(" ")[0];
        Response r = given().get(thumbnail);
        r.then()
                .statusCode(200)
                .contentType("image/webp")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        assertTrue(r.asByteArray().length <= 10_000, "a 120 px rendition within 10 KB: " + r.asByteArray().length);
        given().header("If-None-Match", r.header("ETag")).get(thumbnail).then().statusCode(304);
        given().get(img.attr("src")).then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void onlyRenditionNamesOfTheApiAreFetched() {
        String img = Jsoup.parse(given().get(ARTICLE).asString())
                .select("article picture img")
                .attr("src");
        String base = img.substring(0, img.lastIndexOf('/') + 1);
        given().get(base + "original.jpg").then().statusCode(404);
        given().get(base + "321.jpg").then().statusCode(404);
        given().get(base.replaceAll("/[0-9a-f]{16}/$", "/0000000000000000/") + "240.jpg")
                .then()
                .statusCode(404);
    }

    private static int gzipped(String html) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
