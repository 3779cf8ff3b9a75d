package dev.beacon.api.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The media library: what it accepts and refuses, what it serves, and how. */
@QuarkusTest
@ApiTest
class MediaResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    static final String METADATA = "{\"title\":\"A photo\",\"alt\":{\"en\":\"Two friends laughing\"},"
            + "\"credit\":\"Beacon test\",\"tags\":[\"Friends\"],\"focalPoint\":{\"x\":0.3,\"y\":0.4}}";

    static Response upload(String site, String name, byte[] bytes, String contentType, String metadata) {
        return given().auth()
                .oauth2(Staff.token())
                .multiPart("file", name, bytes, contentType)
                .multiPart("metadata", metadata, "application/json")
                .post("/api/v1/manage/sites/{site}/media", site);
    }

    static JsonPath uploaded(String site, String name, byte[] bytes) {
        return upload(site, name, bytes, "application/octet-stream", METADATA)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void acceptsEachImageAudioAndDocumentTypeByItsBytes() {
        String site = Staff.newSite();
        record Case(String name, byte[] bytes, String kind, String type) {}
        for (Case c : List.of(
                new Case("a.jpg", MediaSamples.jpeg(300, 200), "image", "image/jpeg"),
                new Case("a.png", MediaSamples.png(300, 200), "image", "image/png"),
                new Case("a.gif", MediaSamples.gif(300, 200), "image", "image/gif"),
                new Case("a.webp", MediaSamples.webp(300, 200), "image", "image/webp"),
                new Case("a.ogg", MediaSamples.oggOpus(), "audio", "audio/ogg"),
                new Case("a.mp3", MediaSamples.mp3(), "audio", "audio/mpeg"),
                new Case("a.m4a", MediaSamples.m4a(), "audio", "audio/mp4"),
                new Case("a.pdf", MediaSamples.pdf(), "document", "application/pdf"))) {
            JsonPath a = uploaded(site, c.name(), c.bytes());
            assertEquals(c.kind(), a.getString("kind"), c.name());
            assertEquals(c.type(), a.getString("mediaType"), c.name());
            given().get(a.getString("url")).then().statusCode(200).contentType(c.type());
        }
    }

    @Test
    void aPngNamedJpgIsStoredAsThePngItIs() {
        String site = Staff.newSite();
        JsonPath a = upload(site, "holiday.jpg", MediaSamples.png(120, 80), "image/jpeg", METADATA)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals("image/png", a.getString("mediaType"));
        assertTrue(a.getString("url").endsWith("/original.png"), a.getString("url"));
        assertEquals(120, a.getInt("width"));
    }

    @Test
    void refusesSvgPolyglotsBombsAndTruncatedFiles() {
        String site = Staff.newSite();
        refused(upload(site, "logo.svg", MediaSamples.svg(), "image/svg+xml", METADATA), "SVG");
        refused(upload(site, "logo.png", MediaSamples.svg(), "image/png", METADATA), "SVG");
        refused(upload(site, "cat.jpg", MediaSamples.polyglot(), "image/jpeg", METADATA), "appended");
        long start = System.nanoTime();
        refused(upload(site, "bomb.png", MediaSamples.pngBomb(), "image/png", METADATA), "20000");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the bomb is refused from its header");
        refused(upload(site, "cut.jpg", MediaSamples.truncatedJpeg(), "image/jpeg", METADATA), "truncated");
        refused(
                upload(
                        site,
                        "a.exe",
                        "MZ\u0090\0 not a media file".getBytes(StandardCharsets.ISO_8859_1),
                        "image/png",
                        METADATA),
                "not a");
        Staff.staff()
                .get("/api/v1/manage/sites/{site}/media", site)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static void refused(Response r, String detail) {
        r.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "media-refused"));
        assertTrue(
                r.jsonPath().getString("detail").contains(detail), r.jsonPath().getString("detail"));
    }

    @Test
    void gpsAndOtherExifAreGoneFromTheOriginalAndEveryRendition() throws Exception {
        String site = Staff.newSite();
        byte[] photo = MediaSamples.jpegWithGps(1200, 800);
        assertTrue(contains(photo, MediaSamples.GPS_SECRET), "the sample carries the GPS text");
        JsonPath a = uploaded(site, "home.jpg", photo);
        byte[] original =
                given().get(a.getString("url")).then().statusCode(200).extract().asByteArray();
        assertFalse(contains(original, MediaSamples.GPS_SECRET));
        assertFalse(contains(original, "Exif"));
        assertEquals(1200, ImageIO.read(new ByteArrayInputStream(original)).getWidth());
        for (String url : a.<String>getList("renditions.url")) {
            byte[] rendition = given().get(url).then().statusCode(200).extract().asByteArray();
            assertFalse(contains(rendition, MediaSamples.GPS_SECRET), url);
            assertFalse(contains(rendition, "Exif"), url);
        }
    }

    @Test
    void renditionsFitTheirByteBudgetsAtEveryWidthInBothFormats() throws Exception {
        String site = Staff.newSite();
        JsonPath a = uploaded(site, "big.jpg", MediaSamples.jpeg(2400, 1600));
        List<java.util.Map<String, Object>> renditions = a.getList("renditions");
        assertEquals(12, renditions.size());
        for (var r : renditions) {
            int width = (Integer) r.get("width");
            Response response = given().get((String) r.get("url"));
            response.then().statusCode(200);
            byte[] bytes = response.asByteArray();
            assertTrue(bytes.length <= (Integer) r.get("maxBytes"), r + ": " + bytes.length);
            assertTrue(bytes.length <= 200_000);
            assertEquals(r.get("format").equals("webp") ? "image/webp" : "image/jpeg", response.contentType());
            BufferedImage image = Images.decode(bytes, r.get("format").equals("webp") ? Sniffed.WEBP : Sniffed.JPEG, 0);
            assertEquals(width, image.getWidth(), r.toString());
            assertEquals(width * 2 / 3, image.getHeight(), 1, r.toString());
        }
        assertEquals(10_000, RenditionSpec.budget(120));
        assertEquals(30_000, RenditionSpec.budget(320));
    }

    @Test
    void immutableUrlsAreCachedForAYearAndAnswer304() {
        String site = Staff.newSite();
        JsonPath a = uploaded(site, "a.jpg", MediaSamples.jpeg(800, 600));
        String url = a.getString("renditions.find { it.width == 320 && it.format == 'webp' }.url");
        Response first = given().get(url);
        first.then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        Response again = given().get(url);
        assertEquals(etag, again.header("ETag"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(first.asByteArray(), again.asByteArray());
    }

    @Test
    void theByAssetRenditionFollowsAcceptAndNamesItsImmutableUrl() {
        String site = Staff.newSite();
        long id = uploaded(site, "a.png", MediaSamples.png(500, 500)).getLong("id");
        String path = "/api/v1/sites/{site}/media/{id}/rendition";
        given().accept("image/webp,image/*")
                .queryParam("width", 240)
                .get(path, site, id)
                .then()
                .statusCode(200)
                .contentType("image/webp")
                .header("Vary", "Accept")
                .header("Content-Location", org.hamcrest.Matchers.endsWith("/240.webp"));
        given().accept("image/jpeg")
                .queryParam("width", 240)
                .get(path, site, id)
                .then()
                .statusCode(200)
                .contentType("image/jpeg");
        given().accept("image/*")
                .queryParam("width", 240)
                .queryParam("format", "jpeg")
                .queryParam("crop", "square")
                .get(path, site, id)
                .then()
                .statusCode(200)
                .header("Content-Location", org.hamcrest.Matchers.endsWith("/240-square.jpg"));
        given().queryParam("width", 250)
                .get(path, site, id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("width"));
    }

    @Test
    void replacingTheFileKeepsTheAssetAndGivesNewUrls() {
        String site = Staff.newSite();
        JsonPath a = uploaded(site, "a.jpg", MediaSamples.jpeg(640, 480));
        long id = a.getLong("id");
        String oldUrl = a.getString("renditions[0].url");
        given().get(oldUrl).then().statusCode(200);
        JsonPath replaced = given().auth()
                .oauth2(Staff.token())
                .multiPart("file", "b.png", MediaSamples.png(400, 300), "image/png")
                .put("/api/v1/manage/sites/{site}/media/{id}/file", site, id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(id, replaced.getLong("id"));
        assertEquals(2, replaced.getInt("fileVersion"));
        assertEquals("image/png", replaced.getString("mediaType"));
        assertNotEquals(oldUrl, replaced.getString("renditions[0].url"));
        given().get(oldUrl).then().statusCode(404);
        given().get(replaced.getString("renditions[0].url")).then().statusCode(200);
        given().auth()
                .oauth2(Staff.token())
                .multiPart("file", "c.pdf", MediaSamples.pdf(), "application/pdf")
                .put("/api/v1/manage/sites/{site}/media/{id}/file", site, id)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEM + "media-refused"));
    }

    @Test
    void deleteIsRefusedWhileAnItemShowsTheImageAndNamesIt() {
        String site = Staff.newSite();
        long id = uploaded(site, "a.jpg", MediaSamples.jpeg(400, 300)).getLong("id");
        long item = Staff.newItem(
                site, "article", null, "Friends", "friends", "[{\"type\":\"image\",\"assetId\":" + id + "}]");
        Staff.staff()
                .delete("/api/v1/manage/sites/{site}/media/{id}", site, id)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "in-use"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("item " + item)));
        Staff.staff()
                .get("/api/v1/manage/sites/{site}/media/{id}", site, id)
                .then()
                .statusCode(200)
                .body("usedBy[0].itemId", equalTo((int) item));
        Staff.translate(site, item, "en", "Friends", "friends", "[]");
        Staff.staff()
                .delete("/api/v1/manage/sites/{site}/media/{id}", site, id)
                .then()
                .statusCode(204);
        Staff.staff()
                .get("/api/v1/manage/sites/{site}/media/{id}", site, id)
                .then()
                .statusCode(404);
    }

    @Test
    void publishingNeedsAltTextInTheLocaleAndDeliversRenditions() {
        String site = Staff.newSite();
        long id = upload(site, "a.jpg", MediaSamples.jpeg(800, 600), "image/jpeg", "{\"title\":\"No alt yet\"}")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long item = Staff.newItem(
                site, "article", null, "Friends", "friends", "[{\"type\":\"image\",\"assetId\":" + id + "}]");
        Staff.staff()
                .body("{}")
                .post("/api/v1/manage/sites/{site}/content/{id}/translations/en/publish", site, item)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors[0].field", equalTo("body[0].assetId"));
        Staff.staff()
                .body("{\"title\":\"With alt\",\"alt\":{\"en\":\"A yellow door\"}}")
                .put("/api/v1/manage/sites/{site}/media/{id}", site, id)
                .then()
                .statusCode(200);
        Staff.publish(site, item, "en");
        JsonPath body = given().get("/api/v1/sites/{site}/content/{id}", site, item)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("A yellow door", body.getString("body[0].alt"));
        assertEquals(id, body.getLong("body[0].assetId"));
        assertTrue(body.getString("body[0].src").endsWith("/640.jpg"), body.getString("body[0].src"));
        assertEquals(12, body.getList("body[0].renditions").size());
        given().get(body.getString("body[0].src")).then().statusCode(200);
        // a new file: the published page names the new URLs
        given().auth()
                .oauth2(Staff.token())
                .multiPart("file", "b.jpg", MediaSamples.jpeg(900, 600), "image/jpeg")
                .put("/api/v1/manage/sites/{site}/media/{id}/file", site, id)
                .then()
                .statusCode(200);
        String after = given().get("/api/v1/sites/{site}/content/{id}", site, item)
                .jsonPath()
                .getString("body[0].src");
        assertNotEquals(body.getString("body[0].src"), after);
        given().get(after).then().statusCode(200);
    }

    @Test
    void anImageBlockHasEitherSrcOrAnAssetOfThisSite() {
        String site = Staff.newSite();
        String other = Staff.newSite();
        long foreign = uploaded(other, "a.jpg", MediaSamples.jpeg(100, 100)).getLong("id");
        Staff.staff()
                .body(
                        "{\"type\":\"article\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"T\",\"slug\":\"t\","
                                + "\"body\":[{\"type\":\"image\",\"assetId\":" + foreign + "}]}}}")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body[0].assetId"));
        Staff.staff()
                .body(
                        "{\"type\":\"article\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"T\",\"slug\":\"t\","
                                + "\"body\":[{\"type\":\"image\",\"src\":\"https://example.org/a.png\",\"alt\":\"x\",\"assetId\":"
                                + foreign + "}]}}}")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body[0]"));
        // old URL blocks keep working
        Staff.newItem(
                site,
                "article",
                null,
                "U",
                "u",
                "[{\"type\":\"image\",\"src\":\"https://example.org/a.png\",\"alt\":\"\"}]");
    }

    @Test
    void listsAndSearchesBySiteKindTagAndWords() {
        String site = Staff.newSite();
        uploaded(site, "sunset.jpg", MediaSamples.jpeg(100, 100));
        upload(site, "talk.mp3", MediaSamples.mp3(), "audio/mpeg", "{\"title\":\"Radio talk\",\"tags\":[\"radio\"]}")
                .then()
                .statusCode(201);
        String list = "/api/v1/manage/sites/{site}/media";
        Staff.staff().get(list, site).then().statusCode(200).body("totalItems", equalTo(2));
        Staff.staff().queryParam("kind", "audio").get(list, site).then().body("items[0].title", equalTo("Radio talk"));
        Staff.staff()
                .queryParam("tag", "friends")
                .get(list, site)
                .then()
                .body("items[0].fileName", equalTo("sunset.jpg"));
        Staff.staff().queryParam("q", "radio").get(list, site).then().body("totalItems", equalTo(1));
        Staff.staff().queryParam("q", "nothing-like-it").get(list, site).then().body("totalItems", equalTo(0));
        Staff.staff().queryParam("kind", "video").get(list, site).then().statusCode(400);
        Staff.staff()
                .get(list, Staff.newSite())
                .then()
                .body("totalItems", equalTo(0))
                .body("items[0]", nullValue());
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
