package dev.beacon.channel.kit;

import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.rest.ContentQuery;
import dev.beacon.channel.kit.rest.DeliveryApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Published content for a channel. Reads are idempotent, so a failure of the network or of the API (5xx)
 * is retried; a 4xx is the answer and is not. Every answer is revalidated by ETag against the last copy.
 */
@ApplicationScoped
public class BeaconDelivery extends ApiFacade {

    private final DeliveryApi api;
    private final RevalidatingCache cache;

    @Inject
    public BeaconDelivery(DeliveryApi api, ApiConfig config) {
        this.api = api;
        this.cache = new RevalidatingCache(config.cacheEntries());
    }

    public Delivered<Site> site(String site) {
        return cache.revalidate("site|" + site, etag -> api.site(site, etag));
    }

    public Delivered<ContentPage> content(String site, ContentQuery query, String locale) {
        return cache.revalidate(
                "list|" + site + "|" + locale + "|" + query.key(), etag -> api.content(site, query, locale, etag));
    }

    public Delivered<Content> item(String site, long id, String locale) {
        return cache.revalidate("item|" + site + "|" + id + "|" + locale, etag -> api.item(site, id, locale, etag));
    }

    /** The item with its messages for a chat channel in {@link Content#channel()}; revalidated by ETag like {@link #item}. */
    public Delivered<Content> channelItem(String site, long id, String locale, String channel) {
        return cache.revalidate(
                "channel|" + site + "|" + id + "|" + locale + "|" + channel,
                etag -> api.channelItem(site, id, locale, channel, etag));
    }

    /** A draft read by its preview token: not cached (every read is the token's, and it ends in minutes). */
    public Content preview(String site, String token, String channel) {
        return api.preview(site, token, channel);
    }

    /** {@code path} is slugs joined by {@code /}, e.g. {@code health/mental-health/stress}; anything else is refused. */
    public Delivered<Content> byPath(String site, String path, String locale) {
        if (!Paths.isSlugPath(path)) {
            throw new IllegalArgumentException("not a path of slugs: " + path);
        }
        return cache.revalidate(
                "path|" + site + "|" + path + "|" + locale, etag -> api.byPath(site, path, locale, etag));
    }
}
