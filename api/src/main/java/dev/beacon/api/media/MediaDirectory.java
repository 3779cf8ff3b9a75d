package dev.beacon.api.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What other features (content's image blocks) may know of a site's images, many at once. */
@ApplicationScoped
public class MediaDirectory {

    /** The rendition a channel shows when it takes only one: JPEG (every client reads it) at 640 px. */
    public static final RenditionSpec DEFAULT =
            new RenditionSpec(640, RenditionSpec.Crop.none, RenditionSpec.Format.jpeg);

    /** One image as content shows it: its default rendition's URL and size, alt per locale, every rendition. */
    public record ImageView(
            long id,
            MediaKind kind,
            String url,
            int width,
            int height,
            Map<String, String> alt,
            String credit,
            List<RenditionLink> renditions) {

        public String alt(String locale) {
            return alt.get(locale);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    dev.beacon.api.shared.config.BeaconConfig config;

    public Map<Long, ImageView> images(long siteId, Collection<Long> ids) {
        Map<Long, ImageView> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createQuery(
                        "select a, s.slug from MediaAsset a, Site s where s.id = a.siteId and a.siteId = :site and a.id in :ids",
                        Object[].class)
                .setParameter("site", siteId)
                .setParameter("ids", ids)
                .getResultList();
        String base =
                config.media().publicUrl().map(u -> u.replaceAll("/+$", "")).orElse("");
        for (Object[] row : rows) {
            MediaAsset a = (MediaAsset) row[0];
            String slug = (String) row[1];
            int[] size = a.kind == MediaKind.image ? Renderer.dimensions(a.width, a.height, DEFAULT) : new int[] {0, 0};
            found.put(
                    a.id,
                    new ImageView(
                            a.id,
                            a.kind,
                            a.kind == MediaKind.image
                                    ? MediaUrls.rendition(slug, a, DEFAULT)
                                    : MediaUrls.original(slug, a),
                            size[0],
                            size[1],
                            Map.copyOf(a.alt),
                            a.credit,
                            a.kind == MediaKind.image
                                    ? MediaUrls.renditions(slug, a).stream()
                                            .map(l -> new RenditionLink(
                                                    l.width(), l.format(), base + l.url(), l.maxBytes()))
                                            .toList()
                                    : List.of()));
        }
        return found;
    }
}
