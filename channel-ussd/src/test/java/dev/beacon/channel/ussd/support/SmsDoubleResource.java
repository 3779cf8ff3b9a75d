package dev.beacon.channel.ussd.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.sms.SmsApiDouble;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The real api (demo issuer) and the SMS API double, one per test JVM, for every test of this module. */
public class SmsDoubleResource implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-sms-api-key";
    private static SmsApiDouble sms;

    public static synchronized SmsApiDouble sms() {
        if (sms == null) {
            sms = SmsApiDouble.start("sandbox", API_KEY);
        }
        return sms;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "beacon.api.url",
                ApiUnderTest.shared().url(),
                "beacon.client.mode",
                "demo",
                "beacon.sms.api-url",
                sms().url(),
                "beacon.sms.api-key",
                API_KEY);
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }
}
