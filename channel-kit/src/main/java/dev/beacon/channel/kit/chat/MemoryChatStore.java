package dev.beacon.channel.kit.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ChatStore} in this process's memory, bounded: the least recently used entry goes first when full, so a
 * flood of ids cannot exhaust the heap. Right for a single replica only.
 */
public final class MemoryChatStore implements ChatStore {

    private record Entry(String value, long expiresAt) {}

    private final Clock clock;
    private final Map<String, Entry> entries;

    public MemoryChatStore(int maxEntries, Clock clock) {
        this.clock = clock;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized boolean putIfAbsent(String key, String value, Duration ttl) {
        if (live(key) != null) {
            return false;
        }
        entries.put(key, new Entry(value, clock.millis() + ttl.toMillis()));
        return true;
    }

    @Override
    public synchronized void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, clock.millis() + ttl.toMillis()));
    }

    @Override
    public synchronized Optional<String> get(String key) {
        Entry entry = live(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public boolean shared() {
        return false;
    }

    synchronized int size() {
        return entries.size();
    }

    private Entry live(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() <= clock.millis()) {
            entries.remove(key);
            return null;
        }
        return entry;
    }
}
