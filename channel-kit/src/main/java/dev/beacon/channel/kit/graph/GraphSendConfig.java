package dev.beacon.channel.kit.graph;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a chat adapter sends through the Graph API: part of its {@code @ConfigMapping} ({@code …send.*}). */
public interface GraphSendConfig {

    /** Attempts per message on 5xx, rate limits and transport failures. */
    @WithDefault("4")
    int attempts();

    /** First wait before a retry; doubled each time, with jitter, unless Graph says how long (Retry-After). */
    @WithDefault("500MS")
    Duration backoff();

    /** Longest single wait (a longer Retry-After gives up: the person has moved on). */
    @WithDefault("20S")
    Duration maxBackoff();

    /** One Graph call. */
    @WithDefault("10S")
    Duration timeout();
}
