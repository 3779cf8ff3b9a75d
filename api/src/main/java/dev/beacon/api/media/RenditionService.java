package dev.beacon.api.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.ETags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Serves renditions and originals. A rendition is made on its first request, stored (so each is made once across
 * replicas and restarts) and kept in a bounded in-memory cache, so a hot one is served without the store.
 */
@ApplicationScoped
public class RenditionService {

    /** Bytes to send and their strong tag. */
    public record Served(byte[] bytes, String etag, String mediaType) {}

    @Inject
    MediaStorage storage;

    @Inject
    EntityManager em;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    private Cache<String, Served> hot;

    @PostConstruct
    void init() {
        hot = Caffeine.newBuilder()
                .maximumWeight(config.media().cacheBytes())
                .weigher((String key, Served s) -> s.bytes().length)
                .build();
    }

    /**
     * The file at an immutable URL ({@code original.<ext>} or a rendition's name) of the asset's current file.
     * A hot one comes from memory without touching the database; anything else is checked against the asset.
     */
    public Served file(String site, long id, String hash, String name, java.util.function.Supplier<MediaAsset> asset) {
        String key = id + "/" + hash + "/" + name + "@" + site;
        Served served = hot.getIfPresent(key);
        if (served != null) {
            return served;
        }
        MediaAsset a = asset.get();
        if (!a.urlHash().equals(hash)) {
            throw ProblemException.notFound("Media file", id + "/" + hash + " (replaced by a newer file)");
        }
        if (name.equals("original." + Sniffed.of(a.mediaType).extension)) {
            served = storage.get(a.fileKey)
                    .map(bytes -> new Served(bytes, a.fileHash.substring(0, 32), a.mediaType))
                    .orElseThrow(() -> new IllegalStateException("media file missing: " + a.fileKey));
        } else {
            RenditionSpec spec = RenditionSpec.parse(name);
            if (spec == null || a.kind != MediaKind.image) {
                throw ProblemException.notFound("Media file", id + "/" + hash + "/" + name);
            }
            served = storedOrMade(a, spec, renditionKey(a, spec));
        }
        hot.put(key, served);
        return served;
    }

    /** One rendition of the asset's current file. */
    public Served rendition(MediaAsset a, RenditionSpec spec) {
        return storedOrMade(a, spec, renditionKey(a, spec));
    }

    /** Drops what this replica holds of an asset (after a replace or delete; other replicas' entries age out). */
    public void forget(MediaAsset a) {
        hot.asMap().keySet().removeIf(k -> k.startsWith(a.id + "/"));
    }

    static String renditionKey(MediaAsset a, RenditionSpec spec) {
        return "r/" + a.id + "/" + a.urlHash() + "/" + spec.fileName();
    }

    private Served storedOrMade(MediaAsset a, RenditionSpec spec, String key) {
        List<?> rows = em.createNativeQuery("""
                        SELECT etag FROM media_rendition
                        WHERE asset_id = ?1 AND file_hash = ?2 AND width = ?3 AND crop = ?4 AND format = ?5""")
                .setParameter(1, a.id)
                .setParameter(2, a.fileHash)
                .setParameter(3, spec.width())
                .setParameter(4, spec.crop().name())
                .setParameter(5, spec.format().name())
                .getResultList();
        if (!rows.isEmpty()) {
            var stored = storage.get(key);
            if (stored.isPresent()) {
                return new Served(stored.get(), (String) rows.get(0), spec.format().mediaType);
            }
        }
        return make(a, spec, key);
    }

    private Served make(MediaAsset a, RenditionSpec spec, String key) {
        byte[] original = storage.get(a.fileKey).orElseThrow(() -> new IllegalStateException("media file missing"));
        Renderer.Made made;
        try {
            made = Renderer.make(original, Sniffed.of(a.mediaType), a.focalX, a.focalY, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = ETags.of(made.bytes());
        QuarkusTransaction.requiringNew().run(() -> {
            storage.put(key, made.bytes());
            em.createNativeQuery("""
                            INSERT INTO media_rendition
                                (asset_id, file_hash, width, crop, format, file_key, etag, byte_size, quality, created_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, a.id)
                    .setParameter(2, a.fileHash)
                    .setParameter(3, spec.width())
                    .setParameter(4, spec.crop().name())
                    .setParameter(5, spec.format().name())
                    .setParameter(6, key)
                    .setParameter(7, etag)
                    .setParameter(8, made.bytes().length)
                    .setParameter(9, made.quality())
                    .setParameter(10, clock.instant())
                    .executeUpdate();
        });
        return new Served(made.bytes(), etag, spec.format().mediaType);
    }
}
