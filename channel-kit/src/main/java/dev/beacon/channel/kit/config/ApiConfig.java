package dev.beacon.channel.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where Beacon's API is and how patiently to talk to it. */
@ConfigMapping(prefix = "beacon.api")
public interface ApiConfig {

    /** Base URL of the api, e.g. {@code http://localhost:8080} (env {@code BEACON_API_URL}). */
    @WithDefault("http://localhost:8080")
    String url();

    /** Time to open a connection. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** Time to wait for an answer once connected. */
    @WithDefault("5S")
    Duration readTimeout();

    /** Delivery responses kept to revalidate by ETag instead of downloading again. */
    @WithDefault("2000")
    int cacheEntries();
}
