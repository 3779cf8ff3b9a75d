package dev.beacon.channel.kit.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * The little state chat adapters' replicas share: message ids already handled, the last screen shown to a person,
 * when they last wrote. Every value expires. {@link RedisChatStore} when Redis is configured, otherwise {@link
 * MemoryChatStore} (one replica only).
 */
public interface ChatStore extends AutoCloseable {

    /** Stores {@code value} under {@code key} unless the key is there; true when this call stored it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    void put(String key, String value, Duration ttl);

    Optional<String> get(String key);

    void remove(String key);

    /** Whether every replica sees the same values (false for memory). */
    boolean shared();

    @Override
    default void close() {}
}
