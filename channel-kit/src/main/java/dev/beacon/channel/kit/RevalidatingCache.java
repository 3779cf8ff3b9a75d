package dev.beacon.channel.kit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last delivery response per request, kept to revalidate with {@code If-None-Match}: the API then
 * answers 304 with no body, and the cached copy is used. Bounded; the least recently used entry goes first.
 */
class RevalidatingCache {

    private final Map<String, Delivered<?>> entries;

    RevalidatingCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Delivered<?>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Delivered<?> get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Delivered<?> value) {
        if (value.etag() != null) {
            entries.put(key, value);
        }
    }
}
