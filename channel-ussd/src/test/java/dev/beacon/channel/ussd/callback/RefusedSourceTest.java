package dev.beacon.channel.ussd.callback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.beacon.channel.ussd.support.Dialer;
import dev.beacon.channel.ussd.support.SmsDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the allowed sources may call: here Africa's Talking's block, so this test's loopback is refused. */
@QuarkusTest
@QuarkusTestResource(SmsDoubleResource.class)
@TestProfile(RefusedSourceTest.OnlyTheOperator.class)
class RefusedSourceTest {

    public static class OnlyTheOperator implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("beacon.ussd.allowed-sources", "196.201.214.0/24,2001:db8::/32");
        }
    }

    @Test
    void aCallbackFromAnotherAddressIsRefusedEvenWithTheSecret() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("sessionId", "s1")
                .formParam("serviceCode", "*384*123#")
                .formParam("phoneNumber", "+254700000001")
                .formParam("text", "")
                .post(Dialer.SECRET_PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://beacon.dev/problems/forbidden"));
    }
}
