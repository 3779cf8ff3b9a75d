package dev.beacon.channel.web.images;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Block;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * An image of published content, resized for phones: {@code /s/{site}/images/{itemId}/{block}?w=240} (or
 * {@code /images/…} on a configured host). Only the image block an editor placed at that index of a published item
 * of that site can be fetched (anything else is 404), never a URL given by the visitor. The width is rounded to one
 * of {@link ImageSizes#WIDTHS}, and resized copies are kept in a bounded in-memory cache.
 */
@Path("/s/{site}/images")
public class ImagePages {

    private static final Logger LOG = Logger.getLogger(ImagePages.class);

    static final String CACHE_CONTROL = "public, max-age=86400";

    /** Resized bytes by source URL and width; at most 32 MB, a day each. */
    private static final Cache<String, Stored> CACHE = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, Stored s) -> s.image().bytes().length + key.length())
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    /** At most this many downloads and resizes at once (each may hold a decoded image); more wait briefly, then 503. */
    private static final Semaphore RESIZING =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    /** A resized image and its strong ETag (a digest of the bytes). */
    record Stored(ImageResizer.Resized image, String etag) {}

    @Inject
    BeaconDelivery delivery;

    @Inject
    PageFactory pages;

    @Inject
    ImageFetcher fetcher;

    @Inject
    RoutingContext routing;

    @Inject
    Request request;

    @PathParam("site")
    String site;

    @GET
    @Path("{itemId: [0-9]{1,18}}/{block: [0-9]{1,4}}")
    public Response image(
            @PathParam("itemId") long itemId,
            @PathParam("block") int index,
            @QueryParam("w") Integer w,
            @QueryParam("lang") String lang) {
        Page p = pages.page(site, lang, "");
        Content content = delivery.item(site, itemId, p.locale()).body();
        List<Block> body = content.body();
        if (body == null
                || index >= body.size()
                || !"image".equals(body.get(index).type())) {
            throw new NotFoundException();
        }
        int width = ImageSizes.nearest(w);
        URI source;
        try {
            source = fetcher.resolve(
                    body.get(index).src(),
                    "http://127.0.0.1:" + routing.request().localAddress().port());
        } catch (ImageFetcher.Refused e) {
            LOG.debugf("Image %d/%d of %s cannot be resized: %s", itemId, index, site, e.getMessage());
            throw new NotFoundException();
        }
        String key = source + "|" + width;
        Stored stored = CACHE.getIfPresent(key);
        if (stored == null) {
            if (!acquire()) {
                return Response.status(503)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header("Retry-After", "5")
                        .build();
            }
            try {
                ImageFetcher.Source original = fetcher.fetch(source);
                ImageResizer.Resized resized = ImageResizer.resize(original.bytes(), original.contentType(), width);
                stored = new Stored(resized, digest(resized.bytes()));
                CACHE.put(key, stored);
                LOG.debugf(
                        "Resized %s to %d px: %d → %d bytes",
                        source, width, original.bytes().length, resized.bytes().length);
            } catch (ImageFetcher.Refused | ImageResizer.Unreadable e) {
                LOG.warnf("Image %d/%d of %s could not be resized: %s", itemId, index, site, e.getMessage());
                return Response.status(502)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build();
            } finally {
                RESIZING.release();
            }
        }
        EntityTag etag = new EntityTag(stored.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        return Response.ok(stored.image().bytes(), stored.image().contentType())
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    private static boolean acquire() {
        try {
            return RESIZING.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
