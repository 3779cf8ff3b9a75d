package dev.beacon.api.content;

import dev.beacon.api.shared.cache.ScheduledChanges;
import dev.beacon.api.shared.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What other features may ask of the published snapshot ({@code published_content}), which only content reads and
 * writes: whether an item is live, in which locales, and when a site's content next changes by itself. A feature
 * that must answer in one statement embeds {@link #liveItemCondition} instead of issuing a second one.
 */
@ApplicationScoped
public class PublishedContent implements ScheduledChanges {

    private static final String LIVE =
            "(p.live_from IS NULL OR p.live_from <= %1$s) AND (p.live_until IS NULL OR p.live_until > %1$s)";

    @Inject
    EntityManager em;

    /**
     * An SQL condition for a caller's own JDBC statement: true when the item whose id is the SQL expression
     * {@code itemId} has a translation live at the instant bound to its two {@code ?} parameters (bind it twice).
     */
    public static String liveItemCondition(String itemId) {
        return "EXISTS (SELECT 1 FROM published_content p WHERE p.item_id = " + itemId + " AND " + LIVE.formatted("?")
                + ")";
    }

    /** Whether some translation of the item is live at {@code now}, as delivery serves it. */
    public boolean isLive(long itemId, Instant now) {
        Number count =
                (Number) em.createNativeQuery("SELECT count(*) FROM published_content p WHERE p.item_id = :item AND "
                                + LIVE.formatted(":now"))
                        .setParameter("item", itemId)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .getSingleResult();
        return count.longValue() > 0;
    }

    /** The locales of the item's translations that are live at {@code now} (empty when none is). */
    @SuppressWarnings("unchecked")
    public List<String> liveLocales(long siteId, long itemId, Instant now) {
        return em.createNativeQuery(
                        "SELECT locale FROM published_content p WHERE p.site_id = :site AND p.item_id = :item AND "
                                + LIVE.formatted(":now"))
                .setParameter("site", siteId)
                .setParameter("item", itemId)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public Instant next(long siteId, Instant now) {
        Object next = em.createNativeQuery("""
                SELECT min(t) FROM (
                    SELECT min(live_from) AS t FROM published_content WHERE site_id = :site AND live_from > :now
                    UNION ALL SELECT min(live_until) FROM published_content WHERE site_id = :site AND live_until > :now
                    UNION ALL SELECT min(featured_from) FROM published_content WHERE site_id = :site AND featured_from > :now
                    UNION ALL SELECT min(featured_until) FROM published_content WHERE site_id = :site AND featured_until > :now
                ) boundaries""")
                .setParameter("site", siteId)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult();
        return SqlValues.instant(next);
    }
}
