package dev.beacon.channel.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.webhook.HubSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every Meta chat adapter's {@code /webhook} must do, as tests an adapter's {@code @QuarkusTest} inherits:
 * the verification handshake; a POST without a signature, with another secret's, with zeros, or signed over the same
 * JSON re-serialised → 403 and nothing handled; a non-ASCII body as Meta sends it ({@code \u00e1}) signed over its
 * decoded form → 403, over its bytes → handled; a body over the limit → 413.
 */
public abstract class SignedWebhookContract {

    protected abstract String verifyToken();

    protected abstract String appSecret();

    /** A person no other test uses. */
    protected abstract String newPerson();

    /** The platform's webhook body of {@code person} typing {@code text}, non-ASCII escaped as Meta writes it. */
    protected abstract String typed(String person, String text);

    /** How many things the adapter did for {@code person} (answers, read receipts). */
    protected abstract long handled(String person);

    private String sign(byte[] body) {
        return new HubSignature(appSecret()).sign(body);
    }

    private int post(byte[] body, String signature) {
        var request = given().contentType("application/json").body(body);
        if (signature != null) {
            request = request.header(HubSignature.HEADER, signature);
        }
        return request.when().post("/webhook").then().extract().statusCode();
    }

    @Test
    void answersMetasVerificationWithTheChallengeAndRefusesAWrongTokenOrMode() {
        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", verifyToken())
                .queryParam("hub.challenge", "1158201444")
                .when()
                .get("/webhook")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1")
                .when()
                .get("/webhook")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("hub.mode", "unsubscribe")
                .queryParam("hub.verify_token", verifyToken())
                .queryParam("hub.challenge", "1")
                .when()
                .get("/webhook")
                .then()
                .statusCode(403);
    }

    @Test
    void refusesAnUnsignedOrWronglySignedBodyAndDoesNothing() throws InterruptedException {
        String person = newPerson();
        String json = typed(person, "hi");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json")
                .body(body)
                .when()
                .post("/webhook")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://beacon.dev/problems/bad-signature"));
        assertEquals(403, post(body, new HubSignature("another-secret").sign(body)));
        assertEquals(403, post(body, "sha256=" + "0".repeat(64)));
        // signed over the same JSON re-serialised with spaces: another body
        assertEquals(403, post(body, sign(json.replace(":", ": ").getBytes(StandardCharsets.UTF_8))));
        Thread.sleep(300);
        assertEquals(0, handled(person));
    }

    @Test
    void checksANonAsciiBodyOnTheBytesMetaSent() {
        String person = newPerson();
        String escaped = typed(person, "Olá 😀 ação");
        String decoded = escaped.replace("\\u00e1", "á");
        assertTrue(escaped.contains("\\u00e1") && !decoded.equals(escaped));
        byte[] body = escaped.getBytes(StandardCharsets.UTF_8);
        assertEquals(403, post(body, sign(decoded.getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, post(body, sign(body)));
        assertTrue(Eventually.await(() -> handled(person), n -> n > 0, Duration.ofSeconds(20)) > 0);
        // and a raw UTF-8 body signed as is is taken too
        String other = newPerson();
        byte[] raw = typed(other, "x").replace("\"x\"", "\"Olá 😀\"").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(raw, sign(raw)));
        assertTrue(Eventually.await(() -> handled(other), n -> n > 0, Duration.ofSeconds(20)) > 0);
    }

    @Test
    void refusesABodyOverTheLimit() {
        byte[] big = ("{\"object\":\"page\",\"entry\":[],\"pad\":\"" + "x".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json")
                .header(HubSignature.HEADER, sign(big))
                .body(big)
                .when()
                .post("/webhook")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
