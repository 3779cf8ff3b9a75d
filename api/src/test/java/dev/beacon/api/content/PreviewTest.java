package dev.beacon.api.content;

import static dev.beacon.api.testing.Staff.newItem;
import static dev.beacon.api.testing.Staff.newSite;
import static dev.beacon.api.testing.Staff.paragraph;
import static dev.beacon.api.testing.Staff.publish;
import static dev.beacon.api.testing.Staff.staff;
import static dev.beacon.api.testing.Staff.translate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preview tokens: one revision of a draft, read-only, for ten minutes, on its own site only. */
@QuarkusTest
@ApiTest
class PreviewTest {

    private static final String TOKEN = "/api/v1/manage/sites/{site}/content/{id}/translations/{locale}/preview";
    private static final String PREVIEW = "/api/v1/sites/{site}/preview/{token}";
    private static final String TRANSLATION = "/api/v1/manage/sites/{site}/content/{id}/translations/{locale}";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aTokenReadsTheDraftRevisionItWasIssuedForAsDeliveryShapesIt() {
        String site = newSite();
        long id = newItem(site, "article", null, "Draft title", "draft", paragraph("Draft **text**"));
        given().get("/api/v1/sites/{site}/content/{id}", site, id).then().statusCode(404);

        JsonPath issued = token(site, id, "en");
        assertEquals(1, issued.getInt("revision"));
        Instant expires = Instant.parse(issued.getString("expiresAt"));
        Duration ttl = Duration.between(TestClock.now(), expires);
        assertTrue(
                ttl.compareTo(Duration.ofMinutes(9)) > 0 && ttl.compareTo(Duration.ofMinutes(10)) <= 0, ttl.toString());

        given().get(PREVIEW, site, issued.getString("token"))
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .body("id", equalTo((int) id))
                .body("site", equalTo(site))
                .body("title", equalTo("Draft title"))
                .body("revision", equalTo(1))
                .body("body[0].html", containsString("<strong>text</strong>"))
                .body("path", nullValue());
        // still a draft: the public read does not see it
        given().get("/api/v1/sites/{site}/content/{id}", site, id).then().statusCode(404);

        // a later save is not in this token's revision; a new token shows it
        translate(site, id, "en", "Second title", "draft", paragraph("Second"));
        given().get(PREVIEW, site, issued.getString("token")).then().body("title", equalTo("Draft title"));
        given().get(PREVIEW, site, token(site, id, "en").getString("token"))
                .then()
                .body("title", equalTo("Second title"))
                .body("revision", equalTo(2));
    }

    @Test
    void withAChannelTheRevisionsWrittenMessagesElseDerivedOnes() {
        String site = newSite();
        long id = newItem(site, "article", null, "Chat", "chat", paragraph("Derived body"));
        staff().body("""
                {"title":"Chat","slug":"chat","body":[{"type":"paragraph","markdown":"Derived body"}],
                 "channels":{"whatsapp":[{"text":"Written hello","buttons":[{"title":"More","action":"more"}]}]}}""").put(TRANSLATION, site, id, "en").then().statusCode(200);
        String token = token(site, id, "en").getString("token");
        given().get(PREVIEW + "?channel=whatsapp", site, token)
                .then()
                .statusCode(200)
                .body("channel.source", equalTo("written"))
                .body("channel.messages[0].text", equalTo("Written hello"))
                .body("channel.messages[0].buttons[0].title", equalTo("More"));
        given().get(PREVIEW + "?channel=messenger", site, token)
                .then()
                .statusCode(200)
                .body("channel.source", equalTo("derived"))
                .body("channel.messages[0].text", containsString("Derived body"));
        given().get(PREVIEW + "?channel=fax", site, token).then().statusCode(400);
    }

    @Test
    void aTokenEndsAfterTenMinutes() {
        String site = newSite();
        long id = newItem(site, "article", null, "Soon gone", "soon", paragraph("x"));
        String token = token(site, id, "en").getString("token");
        TestClock.advance(Duration.ofMinutes(9));
        given().get(PREVIEW, site, token).then().statusCode(200);
        TestClock.advance(Duration.ofMinutes(1).plusSeconds(1));
        given().get(PREVIEW, site, token)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://beacon.dev/problems/not-found"));
    }

    @Test
    void aTokenReadsNothingOnAnotherSiteAndAnAlteredOneNothingAtAll() {
        String site = newSite();
        String other = newSite();
        long id = newItem(site, "article", null, "Mine", "mine", paragraph("x"));
        publish(site, id, "en");
        String token = token(site, id, "en").getString("token");
        given().get(PREVIEW, other, token).then().statusCode(404);

        // the same token with another item's id in it: the signature no longer matches
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace("." + id + ".", "." + (id + 1) + ".")
                                .getBytes())
                + token.substring(token.indexOf('.'));
        given().get(PREVIEW, site, forged).then().statusCode(404);
        given().get(PREVIEW, site, "not-a-token").then().statusCode(404);
        // a translation that does not exist has no token
        staff().post(TOKEN, site, id, "pt").then().statusCode(404);
    }

    private static JsonPath token(String site, long id, String locale) {
        return staff().post(TOKEN, site, id, locale)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
    }
}
