package dev.beacon.api.media;

import dev.beacon.api.media.MediaResponses.MediaDeliveryResponse;
import dev.beacon.api.media.RenditionService.Served;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Public reads of media: any asset of an existing site, by id. */
@ApplicationScoped
public class MediaDelivery {

    /** The bytes of a rendition chosen by width and format, and their immutable URL. */
    public record Chosen(Served served, String url) {}

    @Inject
    SiteRepository sites;

    @Inject
    MediaService media;

    @Inject
    RenditionService renditions;

    @Transactional(TxType.SUPPORTS)
    public MediaDeliveryResponse describe(String siteSlug, long id) {
        MediaAsset a = asset(siteSlug, id);
        return new MediaDeliveryResponse(
                a.id,
                a.kind,
                a.mediaType,
                a.title,
                a.alt,
                a.credit,
                a.width,
                a.height,
                FocalPoint.of(a.focalX, a.focalY),
                MediaUrls.original(siteSlug, a),
                MediaUrls.renditions(siteSlug, a));
    }

    public Chosen rendition(String siteSlug, long id, Integer width, String format, String crop, String accept) {
        RenditionSpec.Format f = format(format, accept);
        RenditionSpec spec = RenditionSpec.of(width, crop, f);
        MediaAsset a = asset(siteSlug, id);
        if (a.kind != MediaKind.image) {
            throw ProblemException.notFound("Rendition of media", id + " (a " + a.kind + " has none)");
        }
        Served served = renditions.file(siteSlug, id, a.urlHash(), spec.fileName(), () -> a);
        return new Chosen(served, MediaUrls.rendition(siteSlug, a, spec));
    }

    public Served file(String siteSlug, long id, String hash, String name) {
        return renditions.file(siteSlug, id, hash, name, () -> asset(siteSlug, id));
    }

    private MediaAsset asset(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        return media.require(site.id, id);
    }

    /** Asked for by name, or WebP when the client says it takes it (every browser of the last years does). */
    static RenditionSpec.Format format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format) {
                case "webp" -> RenditionSpec.Format.webp;
                case "jpeg", "jpg" -> RenditionSpec.Format.jpeg;
                default -> throw ProblemException.invalid("format", "must be webp or jpeg");
            };
        }
        return accept != null && accept.contains("image/webp") ? RenditionSpec.Format.webp : RenditionSpec.Format.jpeg;
    }
}
