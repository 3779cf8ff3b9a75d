package dev.beacon.channel.kit.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every chat adapter shares (env {@code BEACON_CHAT_*}). */
@ConfigMapping(prefix = "beacon.chat")
public interface ChatConfig {

    /** How long a handled message id is remembered (Meta redelivers for hours). */
    @WithDefault("48H")
    Duration seenTtl();

    /** Entries held in memory when there is no Redis (least recently used dropped first). */
    @WithDefault("200000")
    int memoryEntries();

    /** Threads handling events (each mostly waits on the api and the platform). */
    @WithDefault("16")
    int workers();

    /** Events taken but not yet handled; beyond it the webhook answers 503 and the platform retries. */
    @WithDefault("10000")
    int maxPending();

    /** Largest webhook body accepted, in bytes. */
    @WithDefault("262144")
    int maxBody();

    /** How long the last screen shown to a person is remembered. */
    @WithDefault("24H")
    Duration screenTtl();
}
