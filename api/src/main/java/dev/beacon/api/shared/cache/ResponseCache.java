package dev.beacon.api.shared.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.http.ETags;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered delivery responses, kept as bytes with their strong ETag. Published content is read a
 * million times per write, so a hit costs a map lookup and no JSON work; an entry is used only within
 * the epoch it was rendered in.
 */
@ApplicationScoped
public class ResponseCache {

    /** What a delivery read produced: the body and, for content, the locale that was served. */
    public record Delivered(Object body, String language) {

        public static Delivered of(Object body) {
            return new Delivered(body, null);
        }
    }

    private record Rendered(byte[] body, String etag, String language, long generation) {}

    private final Cache<String, Rendered> cache;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final BeaconConfig config;

    @Inject
    public ResponseCache(BeaconConfig config, MeterRegistry registry) {
        this.config = config;
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.delivery().cacheEntries())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, "beacon.delivery");
    }

    /**
     * Answers a delivery read: from the cache when the epoch still holds, otherwise by rendering
     * {@code body}; honours If-None-Match and sets ETag and Cache-Control.
     */
    public Response respond(String key, PublishedState.Epoch epoch, String ifNoneMatch, Supplier<Delivered> read) {
        Rendered rendered = cache.getIfPresent(key);
        if (rendered == null || rendered.generation() != epoch.generation()) {
            rendered = render(read.get(), epoch.generation());
            cache.put(key, rendered);
        }
        return answer(rendered, epoch, ifNoneMatch);
    }

    /**
     * The answer when the cache holds {@code key} for this epoch, else empty: no rendering, no database, nothing
     * that blocks, so it can run on the event loop.
     */
    public Optional<Response> hit(String key, PublishedState.Epoch epoch, String ifNoneMatch) {
        Rendered rendered = cache.getIfPresent(key);
        if (rendered == null || rendered.generation() != epoch.generation()) {
            return Optional.empty();
        }
        return Optional.of(answer(rendered, epoch, ifNoneMatch));
    }

    private Response answer(Rendered rendered, PublishedState.Epoch epoch, String ifNoneMatch) {
        Response.ResponseBuilder builder = ETags.matches(ifNoneMatch, rendered.etag())
                ? Response.notModified()
                : Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE);
        builder.tag(new EntityTag(rendered.etag()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge(epoch.validUntil()));
        if (rendered.language() != null) {
            builder.header(HttpHeaders.CONTENT_LANGUAGE, rendered.language());
        }
        return builder.build();
    }

    /** Never let a CDN keep a response past the next scheduled change. */
    long maxAge(Instant validUntil) {
        long configured = config.delivery().maxAge().toSeconds();
        long untilChange = Duration.between(clock.instant(), validUntil).toSeconds();
        return Math.max(0, Math.min(configured, untilChange));
    }

    private Rendered render(Delivered delivered, long generation) {
        try {
            byte[] bytes = json.writeValueAsBytes(delivered.body());
            return new Rendered(bytes, ETags.of(bytes), delivered.language(), generation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
