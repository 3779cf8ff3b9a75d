package dev.beacon.api.shared.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Requests the API must refuse cleanly: a 4xx problem that says what is wrong, and nothing changed. */
@QuarkusTest
@ApiTest
class RequestRefusalsTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyOverTheSizeLimitIsAPayloadTooLargeProblem() throws Exception {
        String head = "POST /api/v1/manage/sites HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n{\"slug\":";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"" + PROBLEM + "payload-too-large\""), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }

    @Test
    void aNumberOrBooleanWhereTextIsDeclaredIsRefusedNamingTheField() {
        refused(site("123", "\"Test\""), "slug");
        refused(site("\"x1-" + System.nanoTime() + "\"", "true"), "name");
        refused(site("\"x1-" + System.nanoTime() + "\"", "1.5"), "name");
    }

    @Test
    void textWhereANumberOrABooleanIsDeclaredIsRefusedNamingTheField() {
        String slug = "s-" + System.nanoTime();
        refused(
                "{\"slug\":\"" + slug + "\",\"name\":\"x\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}],"
                        + "\"settings\":{\"features\":{\"comments\":\"true\"}}}",
                "settings.features.comments");
        refused(
                "{\"slug\":\"" + slug + "\",\"name\":\"x\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}],"
                        + "\"settings\":{\"features\":{\"comments\":1}}}",
                "settings.features.comments");
        refused(
                "{\"slug\":\"" + slug + "\",\"name\":\"x\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}],"
                        + "\"settings\":{\"comments\":{\"reportThreshold\":\"5\"}}}",
                "settings.comments.reportThreshold");
        refused(
                "{\"slug\":\"" + slug + "\",\"name\":\"x\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}],"
                        + "\"settings\":{\"comments\":{\"reportThreshold\":5.5}}}",
                "settings.comments.reportThreshold");
        Staff.staff().get("/api/v1/manage/sites/{site}", slug).then().statusCode(404);
    }

    @Test
    void aNullInsideAListIsAValidationErrorNotAServerError() {
        refused("{\"slug\":\"x1\",\"name\":\"x\",\"locales\":[null]}", "locales[0]");
        String site = Staff.newSite();
        Staff.staff()
                .body("{\"name\":\"x\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"},null]}")
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem("locales[1]"));
        Staff.staff()
                .body("{\"type\":\"article\",\"parentId\":null,\"translation\":{\"locale\":\"en\",\"content\":"
                        + "{\"title\":\"T\",\"slug\":\"t\",\"body\":[],\"tags\":[\"a\",null]}}}")
                .post("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem("translation.content.tags[1]"));
        Staff.staff()
                .get("/api/v1/manage/sites/{site}/content", site)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void pagesBeyondTheMaximumAreRefusedOnEveryPagedList() {
        String site = Staff.newSite();
        for (String list : new String[] {
            "/api/v1/sites/" + site + "/content",
            "/api/v1/sites/" + site + "/tips",
            "/api/v1/manage/sites",
            "/api/v1/manage/sites/" + site + "/content",
            "/api/v1/manage/sites/" + site + "/tips",
            "/api/v1/manage/sites/" + site + "/comments"
        }) {
            for (String page : new String[] {"2147483647", "100001", "0", "-1"}) {
                Staff.staff()
                        .get(list + "?page=" + page)
                        .then()
                        .statusCode(400)
                        .contentType(Problem.MEDIA_TYPE)
                        .body("type", equalTo(PROBLEM + "validation"))
                        .body("errors.field", hasItem("page"));
            }
            Staff.staff().get(list + "?size=101").then().statusCode(400).body("errors.field", hasItem("size"));
            Staff.staff()
                    .get(list + "?page=100000&size=100")
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(100000));
        }
        long item = Staff.newItem(site, "article", null, "A", "a", null);
        Staff.publish(site, item, "en");
        given().get("/api/v1/sites/{site}/content/{id}/comments?page=2147483647", site, item)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void aMalformedNumberOrBooleanParameterIsA400NamingIt() {
        String site = Staff.newSite();
        String content = "/api/v1/sites/" + site + "/content";
        given().get(content + "?featured=false")
                .then()
                .statusCode(200); // in the cache now: the bad value must not hit it
        param(given().get(content + "?size=abc"), "size");
        param(given().get(content + "?page=1.5"), "page");
        param(given().get(content + "?featured=banana"), "featured");
        param(given().get(content + "?featured=1"), "featured");
        param(given().get(content + "?section=x"), "section");
        param(given().get(content + "/abc"), "id");
        param(Staff.staff().get("/api/v1/manage/sites/" + site + "/content?root=yes"), "root");
        param(Staff.staff().get("/api/v1/manage/sites/" + site + "/content?parentId=1e3"), "parentId");
        given().get(content + "?featured=TRUE").then().statusCode(200);
    }

    /** Found by ContractFuzzTest: " 1" passed the strict check (it was stripped) and JAX-RS then answered 404. */
    @Test
    void aNumberWithSpacesAroundItIsA400NotAMissingRoute() {
        String site = Staff.newSite();
        param(given().urlEncodingEnabled(false).get("/api/v1/sites/" + site + "/content?size=%201"), "size");
        param(Staff.staff().urlEncodingEnabled(false).get("/api/v1/manage/sites?page=1%20"), "page");
    }

    /**
     * Found by ContractFuzzTest: NUL (U+0000) in a parameter or in the text of a body reached PostgreSQL, which refuses
     * it in text ("invalid byte sequence for encoding UTF8: 0x00"), and the request was a 500.
     */
    @Test
    void textWithNulInItIsRefusedNamingWhereItIs() {
        String site = Staff.newSite();
        param(given().urlEncodingEnabled(false).get("/api/v1/sites/a%00b"), "site");
        param(Staff.staff().urlEncodingEnabled(false).post("/api/v1/manage/sites/a%00b/tips/1/reject"), "site");
        param(given().urlEncodingEnabled(false).get("/api/v1/sites/" + site + "/content?tag=a%00"), "tag");
        refused(site("\"x1-" + System.nanoTime() + "\"", "\"a\\u0000b\""), "name");
        Staff.staff()
                .body("{\"name\":\"a\\u0000\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}]}")
                .put("/api/v1/manage/sites/" + site)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must not contain the NUL character"));
        Staff.staff().get("/api/v1/manage/sites/" + site).then().statusCode(200).body("name", equalTo("Test " + site));
    }

    @Test
    void aMalformedIdInThePathIsA400NamingIt() {
        String site = Staff.newSite();
        String manage = "/api/v1/manage/sites/" + site;
        param(Staff.staff().get(manage + "/content/abc"), "id");
        param(Staff.staff().get(manage + "/content/1/translations/en/revisions/x"), "number");
        param(Staff.staff().post(manage + "/tips/abc/publish"), "tipId");
        param(Staff.staff().post(manage + "/comments/1.5/approve"), "commentId");
        param(Staff.staff().delete(manage + "/profiles/abc"), "id");
        param(given().get("/api/v1/sites/" + site + "/competitions/abc/entries"), "id");
    }

    @Test
    void aWriteSentSomethingElseThanJsonIsA415EvenWithoutABody() {
        String site = Staff.newSite();
        String manage = "/api/v1/manage/sites/" + site;
        for (String write : new String[] {
            manage + "/tips/1/publish",
            manage + "/comments/1/approve",
            manage + "/content/1/translations/en/unpublish",
            manage + "/content/1/translations/en/revisions/1/restore"
        }) {
            unsupported(Staff.staff().contentType("text/plain").body("x").post(write));
        }
        unsupported(Staff.staff().contentType("text/plain").body("x").delete(manage + "/profiles/1"));
        unsupported(Staff.staff().contentType("text/plain").body("x").post("/api/v1/manage/sites"));
    }

    @Test
    void anOverLongUriIsA414Problem() {
        Response r = given().get("/api/v1/sites/{site}/content", "a".repeat(20_000));
        assertEquals(414, r.statusCode(), r.asString());
        assertEquals(Problem.MEDIA_TYPE, r.contentType(), r.headers().toString());
        assertEquals(PROBLEM + "uri-too-long", r.jsonPath().getString("type"));
    }

    @Test
    void aMethodAPathDoesNotTakeIsA405NamingTheMethodsItTakes() {
        String site = Staff.newSite();
        long item = Staff.newItem(site, "article", null, "A", "a", null);
        Staff.publish(site, item, "en");
        Response put =
                given().contentType("application/json").body("{}").put("/api/v1/sites/{site}/content/{id}", site, item);
        assertEquals(405, put.statusCode(), put.asString());
        assertEquals(Problem.MEDIA_TYPE, put.contentType());
        assertEquals(PROBLEM + "method-not-allowed", put.jsonPath().getString("type"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), allow(put));

        Response delete = given().delete("/api/v1/sites/{site}", site);
        assertEquals(405, delete.statusCode(), delete.asString());
        assertEquals(PROBLEM + "method-not-allowed", delete.jsonPath().getString("type"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), allow(delete));

        Response post = Staff.staff().body("{}").post("/api/v1/manage/sites/{site}", site);
        assertEquals(405, post.statusCode(), post.asString());
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT"), allow(post));
    }

    @Test
    void optionsNamesOnlyTheMethodsThatExist() {
        String site = Staff.newSite();
        Response options = given().options("/api/v1/sites/{site}", site);
        assertEquals(204, options.statusCode());
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), allow(options));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), allow(given().options("/api/v1/manage/sites")));
        assertEquals(
                Set.of("GET", "HEAD", "OPTIONS"), allow(given().options("/api/v1/sites/{site}/paths/a/b/c", site)));
        given().options("/api/v1/nowhere")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "route-not-found"));
    }

    private static Set<String> allow(Response r) {
        String header = r.header("Allow");
        assertTrue(header != null && !header.isBlank(), "an Allow header");
        return Arrays.stream(header.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void unsupported(Response r) {
        r.then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "unsupported-media-type"));
    }

    private static void param(Response r, String name) {
        r.then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors[0].field", equalTo(name))
                .body("detail", containsString(name));
    }

    private static String site(String slug, String name) {
        return "{\"slug\":" + slug + ",\"name\":" + name + ",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}]}";
    }

    private static void refused(String body, String field) {
        Staff.staff()
                .body(body)
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItem(field))
                .body("instance", equalTo("/api/v1/manage/sites"))
                .body("errors.find { it.field == '" + field + "' }.message", org.hamcrest.Matchers.notNullValue())
                .body("trace", nullValue());
    }

    /** Reads one HTTP response (headers, then as many body bytes as Content-Length says); the connection may stay open. */
    static String readResponse(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
