package dev.beacon.channel.kit.graph;

import java.net.URI;
import java.util.Set;

/** Whether a configured Graph API is a local one (the double): the chat simulators run only then. */
public final class LocalGraph {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private LocalGraph() {}

    public static boolean is(String graphUrl) {
        String host = URI.create(graphUrl).getHost();
        return host != null && LOOPBACK.contains(host);
    }
}
