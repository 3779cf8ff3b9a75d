package dev.beacon.api.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Which items show an asset: an image block naming it in a translation's current draft or in its published
 * revision. Read from the content tables as SQL, so media needs none of content's classes.
 */
@ApplicationScoped
public class MediaUsage {

    @Inject
    EntityManager em;

    @Inject
    Event<MediaChanged> changed;

    public List<MediaUse> of(long siteId, long assetId) {
        String block = "[{\"type\":\"image\",\"assetId\":" + assetId + "}]";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.item_id, t.locale, t.title FROM content_translation t
                        JOIN content_item i ON i.id = t.item_id
                        WHERE i.site_id = ?1 AND (t.body @> CAST(?2 AS jsonb) OR EXISTS (
                            SELECT 1 FROM content_revision r WHERE r.translation_id = t.id
                            AND r.number = t.published_revision AND r.body @> CAST(?2 AS jsonb)))
                        ORDER BY t.item_id, t.locale""")
                .setParameter(1, siteId)
                .setParameter(2, block)
                .getResultList();
        return rows.stream()
                .map(r -> new MediaUse(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    void republish(long siteId, long assetId) {
        changed.fire(new MediaChanged(siteId, assetId));
    }
}
