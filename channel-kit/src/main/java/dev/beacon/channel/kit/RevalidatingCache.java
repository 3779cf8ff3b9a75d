package dev.beacon.channel.kit;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The last delivery response per request, kept to revalidate with {@code If-None-Match}: the API then
 * answers 304 with no body, and the cached copy is used. Bounded; the least recently used entry goes first.
 * Each façade keeps its own instance (so one feature cannot evict another) and revalidates through it.
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

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    /** Calls with the kept ETag (or none) and keeps the answer; a 304 gives back the kept body, marked not modified. */
    @SuppressWarnings("unchecked")
    <T> Delivered<T> revalidate(String key, Function<String, RestResponse<T>> call) {
        Delivered<T> cached = (Delivered<T>) get(key);
        RestResponse<T> response = call.apply(cached == null ? null : cached.etag());
        long maxAge = maxAge(response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        Delivered<T> delivered = response.getStatus() == 304 && cached != null
                ? new Delivered<>(cached.body(), cached.etag(), maxAge, cached.language(), true)
                : new Delivered<>(
                        response.getEntity(),
                        response.getHeaderString(HttpHeaders.ETAG),
                        maxAge,
                        response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE),
                        false);
        put(key, delivered);
        return delivered;
    }

    private static long maxAge(String cacheControl) {
        if (cacheControl == null) {
            return 0;
        }
        Matcher m = MAX_AGE.matcher(cacheControl);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
