package dev.beacon.admin.view;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The icon every browser asks for is served to anyone (no sign-in, no page), and a path no page answers is a whole
 * "not found" page: the CSRF filter never ran for it, so the layout has no form needing its token.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class FaviconAndUnknownPathsTest {

    @Test
    void theFaviconIsASmallIconServedWithoutSigningIn() {
        Response icon = given().redirects().follow(false).get("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
        byte[] bytes = icon.asByteArray();
        assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(bytes, 4), "an ICO file");
        assertTrue(bytes.length < 512, bytes.length + " bytes");
        // signed in, the same file
        assertArrayEquals(bytes, Editor.signedIn("eddie").get("/favicon.ico").asByteArray());
    }

    @Test
    void aPathNoPageAnswersIsAWholeNotFoundPageForASignedInPerson() {
        Editor eddie = Editor.signedIn("eddie");
        Response missing = eddie.get("/apple-touch-icon.png");
        assertEquals(404, missing.statusCode());
        String html = missing.asString();
        assertTrue(html.strip().endsWith("</html>"), html);
        Document page = Jsoup.parse(html);
        assertEquals("Not found", page.select("main h1").text());
        assertEquals("eddie", page.select("header .who span").text(), "still says who is signed in");
        assertTrue(page.select("form[action=/sign-out]").isEmpty(), "no form without a CSRF token");
        // a page that exists keeps its sign-out form
        assertEquals(
                1,
                eddie.page("/sites/demo", 200).select("form[action=/sign-out]").size());
    }
}
