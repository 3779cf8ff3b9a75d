package dev.beacon.api.shared.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.http.ETags;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

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

    /** The bytes as JSON and, when that is smaller, gzipped once; {@code gzip} is null for bodies it would not shrink. */
    private record Rendered(byte[] body, byte[] gzip, String etag, String language, long generation) {

        /** About what the entry holds in memory: both bodies, the key, and the record's own fields. */
        int weight(String key) {
            return body.length + (gzip == null ? 0 : gzip.length) + 2 * key.length() + 160;
        }
    }

    private final Cache<String, Rendered> cache;
    private final Counter hits;
    private final Counter misses;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    CurrentVertxRequest request;

    private final BeaconConfig config;

    @Inject
    public ResponseCache(BeaconConfig config, MeterRegistry registry) {
        this.config = config;
        // Bounded by bytes, not entries: a list of 100 full items is not the size of one article.
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.delivery().cacheBytes())
                .weigher((String key, Rendered r) -> r.weight(key))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, "beacon.delivery");
        this.hits = Counter.builder("beacon.delivery.cache.answers")
                .tag("result", "hit")
                .description("Delivery reads answered from the response cache (any thread)")
                .register(registry);
        this.misses = Counter.builder("beacon.delivery.cache.answers")
                .tag("result", "miss")
                .description("Delivery reads that had to be rendered: not cached, or cached in an ended epoch")
                .register(registry);
        Gauge.builder("beacon.delivery.cache.hit.ratio", this, c -> c.hitRatio())
                .description("Share of delivery reads answered from the response cache since start")
                .register(registry);
        Gauge.builder(
                        "beacon.delivery.cache.weight.bytes",
                        cache,
                        c -> c.policy()
                                .eviction()
                                .map(e -> e.weightedSize().orElse(0))
                                .orElse(0L))
                .description("Bytes the response cache holds (bodies, gzipped bodies, keys)")
                .baseUnit("bytes")
                .register(registry);
    }

    private double hitRatio() {
        double h = hits.count();
        double total = h + misses.count();
        return total == 0 ? 0 : h / total;
    }

    /**
     * Answers a delivery read: from the cache when the epoch still holds, otherwise by rendering
     * {@code body}; honours If-None-Match and sets ETag and Cache-Control.
     */
    public Response respond(String key, PublishedState.Epoch epoch, String ifNoneMatch, Supplier<Delivered> read) {
        Rendered rendered = cache.getIfPresent(key);
        if (rendered == null || rendered.generation() != epoch.generation()) {
            misses.increment();
            rendered = render(read.get(), epoch.generation());
            cache.put(key, rendered);
        } else {
            hits.increment();
        }
        return answer(rendered, epoch, ifNoneMatch, acceptEncoding());
    }

    /**
     * The answer when the cache holds {@code key} for this epoch, else empty: no rendering, no database, nothing
     * that blocks, so it can run on the event loop.
     */
    public Optional<Response> hit(String key, PublishedState.Epoch epoch, String ifNoneMatch, String acceptEncoding) {
        Rendered rendered = cache.getIfPresent(key);
        if (rendered == null || rendered.generation() != epoch.generation()) {
            return Optional.empty(); // the resource renders it, and counts the miss
        }
        hits.increment();
        return Optional.of(answer(rendered, epoch, ifNoneMatch, acceptEncoding));
    }

    /**
     * The cached bytes, gzipped when the client accepts gzip (compressed once, when rendered, never per hit). Each
     * encoding is its own representation with its own strong ETag, and {@code Vary: Accept-Encoding} tells caches so.
     */
    private Response answer(Rendered rendered, PublishedState.Epoch epoch, String ifNoneMatch, String acceptEncoding) {
        boolean gzip = rendered.gzip() != null && acceptsGzip(acceptEncoding);
        String etag = gzip ? rendered.etag() + "-gzip" : rendered.etag();
        Response.ResponseBuilder builder = ETags.matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(gzip ? rendered.gzip() : rendered.body(), MediaType.APPLICATION_JSON_TYPE);
        if (gzip) {
            builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        builder.tag(new EntityTag(etag))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
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
            byte[] gzip = gzip(bytes);
            return new Rendered(
                    bytes, gzip.length < bytes.length ? gzip : null, ETags.of(bytes), delivered.language(), generation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether an Accept-Encoding header accepts gzip: named (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String p = pieces[i].strip().replace(" ", "");
                    if (p.startsWith("q=") && p.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The Accept-Encoding of the request being answered (these reads run within one). */
    private String acceptEncoding() {
        var current = request.getCurrent();
        return current == null ? null : current.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
    }
}
