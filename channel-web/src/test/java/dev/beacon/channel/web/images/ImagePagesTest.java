package dev.beacon.channel.web.images;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.web.support.DemoArticles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The resizing route: only an image block of a published item of the site, rounded widths, never larger than the
 * original, HTTP caching with a strong ETag, and the article pointing at it with its alt text.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ImagePagesTest {

    @Inject
    ImageFetcher fetcher;

    @TestHTTPResource("/")
    URL self;

    private static Element articleImage(String... headers) {
        var request = given();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String html = request.get("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return Jsoup.parse(html).select("article figure img").first();
    }

    /** The article's id, from the image's src {@code /s/demo/images/{id}/{block}?…}. */
    private static long articleId() {
        Matcher m = Pattern.compile("^/s/demo/images/(\\d+)/2\\?")
                .matcher(articleImage().attr("src"));
        assertTrue(m.find(), articleImage().attr("src"));
        return Long.parseLong(m.group(1));
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "a decodable image");
        return image;
    }

    @Test
    void theArticlePointsAtTheResizingRouteWithAltTextAndTheDevicesWidth() {
        Element img = articleImage();
        assertTrue(img.attr("src").matches("/s/demo/images/\\d+/2\\?lang=en&w=240"), img.attr("src"));
        assertEquals("The clinic's green door", img.attr("alt"));
        assertEquals("240", img.attr("width"));
        assertEquals("160", img.attr("height"));

        Element saver = articleImage("Save-Data", "on");
        assertTrue(saver.attr("src").endsWith("&w=160"), saver.attr("src"));
        assertEquals("160", saver.attr("width"));
        assertEquals("107", saver.attr("height"));
        assertTrue(
                Jsoup.parse(given().header("Via", "1.1 Internet.org")
                                .get("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en")
                                .asString())
                        .select("img")
                        .isEmpty(),
                "Free Basics still gets no images");
    }

    @Test
    void resizesToTheNearestAllowedWidthAndNeverUpscales() throws IOException {
        long id = articleId();
        byte[] original = given().get("/images/clinic.png")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        BufferedImage source = decode(original);

        Response small = given().get("/s/demo/images/" + id + "/2?w=150&lang=en");
        small.then()
                .statusCode(200)
                .header("Content-Type", startsWith("image/"))
                .header("Cache-Control", equalTo("public, max-age=86400"));
        BufferedImage s = decode(small.asByteArray());
        assertEquals(160, s.getWidth(), "150 is rounded to 160");
        assertEquals(Math.round(source.getHeight() * 160.0 / source.getWidth()), s.getHeight(), "aspect ratio kept");

        BufferedImage asIs = decode(given().get("/s/demo/images/" + id + "/2?w=240")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals(240, asIs.getWidth());
        BufferedImage big = decode(given().get("/s/demo/images/" + id + "/2?w=5000")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals(source.getWidth(), big.getWidth(), "480 asked, but never wider than the original");

        BufferedImage hosted = decode(given().header("Host", "m.example.test")
                .get("/images/" + id + "/2?w=160")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals(160, hosted.getWidth(), "host-routed");

        String sizes = "original\t" + source.getWidth() + "x" + source.getHeight() + "\t" + original.length
                + "\timage/png\n" + "w=160\t" + s.getWidth() + "x" + s.getHeight() + "\t" + small.asByteArray().length
                + "\t" + small.contentType() + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/image-sizes.tsv"), sizes);
        System.out.println("[image sizes]\n" + sizes);
    }

    @Test
    void onlyAnImageBlockOfAPublishedItemOfThisSiteCanBeFetched() {
        long id = articleId();
        given().get("/s/demo/images/" + id + "/0?w=240").then().statusCode(404);
        given().get("/s/demo/images/" + id + "/3?w=240").then().statusCode(404);
        given().get("/s/demo/images/" + id + "/99?w=240").then().statusCode(404);
        given().get("/s/kenya/images/" + id + "/2?w=240").then().statusCode(404);
        given().get("/s/demo/images/" + id + "/-1?w=240").then().statusCode(404);
        given().get("/s/demo/images/" + id + "/2?w=240&src=https://example.org/x.png")
                .then()
                .statusCode(200);

        ApiUnderTest api = ApiUnderTest.shared();
        String created = api.send(
                "POST",
                "/api/v1/manage/sites/demo/content",
                api.staffToken("eddie"),
                """
                {"type":"article","translation":{"locale":"en","content":{"title":"Not yet","slug":"draft-img-%d","body":[
                  {"type":"image","src":"/images/clinic.png","alt":"A draft","width":240,"height":160}]}}}""".formatted(System.nanoTime()),
                201);
        long draft =
                Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
        given().get("/s/demo/images/" + draft + "/0?w=240").then().statusCode(404);
    }

    @Test
    void aSecondRequestWithTheEtagIsNotModified() {
        String path = "/s/demo/images/" + articleId() + "/2?w=160&lang=en";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=86400"));
        given().header("If-None-Match", etag)
                .get("/s/demo/images/" + articleId() + "/2?w=240&lang=en")
                .then()
                .statusCode(200);
    }

    @Test
    void theFetcherRefusesWhatIsNotAnImage() throws Exception {
        String origin = "http://127.0.0.1:" + self.getPort();
        URI page = fetcher.resolve("/s/demo/?lang=en", origin);
        assertThrows(ImageFetcher.Refused.class, () -> fetcher.fetch(page), "an HTML page");
        assertThrows(
                ImageFetcher.Refused.class, () -> fetcher.fetch(fetcher.resolve("/images/none.png", origin)), "a 404");
        assertThrows(ImageFetcher.Refused.class, () -> fetcher.resolve("file:///etc/passwd", origin));
        assertThrows(ImageFetcher.Refused.class, () -> fetcher.resolve("ftp://example.org/a.png", origin));
        assertEquals(
                240,
                decode(fetcher.fetch(fetcher.resolve("/images/clinic.png", origin))
                                .bytes())
                        .getWidth());
    }

    @Test
    void wholeUrlsMustNamePublicAddressesAndSoMustTheirRedirects() throws Exception {
        String origin = "http://127.0.0.1:" + self.getPort();
        for (String inside : new String[] {
            origin + "/images/clinic.png",
            "http://localhost/a.png",
            "http://10.1.2.3/a.png",
            "http://192.168.0.1/a.png",
            "http://172.16.0.9/a.png",
            "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/a.png",
            "http://0.0.0.0/a.png",
            "http://[::1]/a.png",
            "http://[fd00::1]/a.png",
            "http://[::ffff:10.0.0.1]/a.png"
        }) {
            ImageFetcher.Refused refused =
                    assertThrows(ImageFetcher.Refused.class, () -> fetcher.resolve(inside, origin), inside);
            assertTrue(refused.getMessage().contains("private address"), refused.getMessage());
        }
        assertEquals(
                "8.8.8.8",
                fetcher.resolve("http://8.8.8.8/a.png", origin).getHost(),
                "a public address is let through");
        assertThrows(
                ImageFetcher.Refused.class,
                () -> fetcher.resolve("http://no-such-host.invalid/a.png", origin),
                "no address");

        // A trusted origin (a path's) that redirects: on its own host the hop is followed, to a private address it is
        // not.
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/META-INF/resources/images/clinic.png"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/same", x -> redirect(x, "/clinic.png"));
        server.createContext(
                "/away",
                x -> redirect(x, "http://127.0.0.2:" + server.getAddress().getPort() + "/clinic.png"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/clinic.png", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, png.length);
            x.getResponseBody().write(png);
            x.close();
        });
        server.start();
        try {
            String trusted = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(
                    240,
                    decode(fetcher.fetch(fetcher.resolve("/same", trusted)).bytes())
                            .getWidth());
            ImageFetcher.Refused away =
                    assertThrows(ImageFetcher.Refused.class, () -> fetcher.fetch(fetcher.resolve("/away", trusted)));
            assertTrue(away.getMessage().contains("private address"), away.getMessage());
            ImageFetcher.Refused loop =
                    assertThrows(ImageFetcher.Refused.class, () -> fetcher.fetch(fetcher.resolve("/loop", trusted)));
            assertTrue(loop.getMessage().contains("redirects more than"), loop.getMessage());
        } finally {
            server.stop(0);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
