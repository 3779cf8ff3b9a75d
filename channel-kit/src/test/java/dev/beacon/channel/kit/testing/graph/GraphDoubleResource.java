package dev.beacon.channel.kit.testing.graph;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Points a chat adapter at a Graph API double for the test JVM (one double, shared by its test classes), and gives
 * this run its own Redis key prefix so that nothing from an earlier run (handled ids, windows, screens) is seen
 * again. An adapter's tests subclass it naming their Graph URL setting.
 */
public abstract class GraphDoubleResource implements QuarkusTestResourceLifecycleManager {

    private static GraphDouble graph;

    public static synchronized GraphDouble graph() {
        if (graph == null) {
            graph = GraphDouble.start();
        }
        return graph;
    }

    /** The adapter's Graph URL setting, e.g. {@code beacon.messenger.graph-url}. */
    protected abstract String urlProperty();

    @Override
    public Map<String, String> start() {
        return Map.of(urlProperty(), graph().url(), "beacon.redis.prefix", "beacon-test:" + UUID.randomUUID() + ":");
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }
}
