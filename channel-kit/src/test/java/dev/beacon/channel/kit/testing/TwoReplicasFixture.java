package dev.beacon.channel.kit.testing;

import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;

/**
 * What an adapter's {@code TwoReplicasIT} starts before its tests: the real packaged api (demo content), one Graph
 * API double and two {@link Replicas} of the packaged adapter; stopped after them.
 */
public abstract class TwoReplicasFixture {

    protected static GraphDouble graph;
    protected static Replicas replicas;

    /** {@code settings}: the adapter's environment, given the api's and the double's URLs. */
    protected static void startTwoReplicas(Function<Urls, Map<String, String>> settings) throws Exception {
        graph = GraphDouble.start();
        replicas =
                Replicas.start(2, settings.apply(new Urls(ApiUnderTest.shared().url(), graph.url())));
    }

    /** Where the replicas find the api and the Graph double. */
    public record Urls(String api, String graph) {}

    @AfterAll
    static void stopTwoReplicas() throws InterruptedException {
        if (replicas != null) {
            replicas.close();
        }
        if (graph != null) {
            graph.close();
        }
    }
}
