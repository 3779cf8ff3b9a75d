package dev.beacon.channel.kit.testing;

import static io.restassured.RestAssured.given;

import dev.beacon.channel.kit.webhook.HubSignature;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;

/** Posts a webhook body to the adapter under test's {@code /webhook}, signed as Meta signs it. */
public final class MetaWebhooks {

    private MetaWebhooks() {}

    public static ValidatableResponse post(String appSecret, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json")
                .header(HubSignature.HEADER, new HubSignature(appSecret).sign(body))
                .body(body)
                .when()
                .post("/webhook")
                .then();
    }
}
