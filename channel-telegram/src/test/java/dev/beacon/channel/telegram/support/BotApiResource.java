package dev.beacon.channel.telegram.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.telegram.BotApiDouble;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The real api (demo issuer) and the Bot API double, one per test JVM. */
public class BotApiResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "123456:test-bot-token";
    private static BotApiDouble bot;

    public static synchronized BotApiDouble bot() {
        if (bot == null) {
            bot = BotApiDouble.start(TOKEN);
        }
        return bot;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "beacon.api.url", ApiUnderTest.shared().url(),
                "beacon.client.mode", "demo",
                "beacon.telegram.api-url", bot().url());
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }
}
