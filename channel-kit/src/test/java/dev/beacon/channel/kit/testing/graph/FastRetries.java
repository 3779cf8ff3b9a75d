package dev.beacon.channel.kit.testing.graph;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import java.time.Duration;

/** Send settings for tests against the double: 4 attempts, 20 ms first backoff, 5 s at most, 5 s per call. */
public final class FastRetries implements GraphSendConfig {

    public static final FastRetries SETTINGS = new FastRetries();

    private FastRetries() {}

    @Override
    public int attempts() {
        return 4;
    }

    @Override
    public Duration backoff() {
        return Duration.ofMillis(20);
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }
}
