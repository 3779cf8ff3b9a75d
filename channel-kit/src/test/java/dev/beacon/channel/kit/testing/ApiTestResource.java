package dev.beacon.channel.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a channel's {@code @QuarkusTest} at the real api ({@link ApiUnderTest}), authenticated by the demo
 * issuer. The api process lives as long as the test JVM, so every test class shares it.
 */
public class ApiTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        ApiUnderTest api = ApiUnderTest.shared();
        return Map.of("beacon.api.url", api.url(), "beacon.client.mode", "demo");
    }

    @Override
    public void stop() {
        // The process is shared by the JVM's test classes and stopped by a shutdown hook.
    }
}
