package dev.beacon.channel.messenger.support;

import dev.beacon.channel.kit.testing.graph.GraphDouble;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Points the adapter at a Graph API double for the test JVM, and gives this run its own Redis key prefix so that
 * nothing from an earlier run (handled ids, windows, screens) is seen again.
 */
public class GraphDoubleResource implements QuarkusTestResourceLifecycleManager {

    private static GraphDouble graph;

    public static synchronized GraphDouble graph() {
        if (graph == null) {
            graph = GraphDouble.start();
        }
        return graph;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "beacon.messenger.graph-url",
                graph().url(),
                "beacon.redis.prefix",
                "beacon-test:" + UUID.randomUUID() + ":");
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }
}
