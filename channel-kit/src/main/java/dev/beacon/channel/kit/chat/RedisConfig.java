package dev.beacon.channel.kit.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the replicas' shared state lives (env {@code BEACON_REDIS_URL}, {@code BEACON_REDIS_*}). */
@ConfigMapping(prefix = "beacon.redis")
public interface RedisConfig {

    /** {@code redis://host:6379[/db]}; without it (and without {@code quarkus.redis.hosts}) state stays in memory. */
    Optional<String> url();

    @WithDefault("2S")
    Duration timeout();

    /** Key prefix, so that several adapters can share one server. */
    @WithDefault("beacon:")
    String prefix();
}
