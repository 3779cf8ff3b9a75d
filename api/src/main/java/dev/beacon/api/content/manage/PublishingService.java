package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.ContentRevisionRepository;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentTranslationRepository;
import dev.beacon.api.content.PublishedContentWriter;
import dev.beacon.api.content.TranslationStatus;
import dev.beacon.api.content.blocks.LibraryImages;
import dev.beacon.api.content.manage.ContentRequests.PublishRequest;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.media.MediaChanged;
import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing, unpublishing and the schedule. The snapshot row carries the live window, so delivery hides
 * an item outside it even when the scheduler is late; the scheduler only brings statuses up to date and
 * removes expired rows.
 */
@ApplicationScoped
public class PublishingService {

    @Inject
    SiteRepository sites;

    @Inject
    ContentItemRepository items;

    @Inject
    ContentTranslationRepository translations;

    @Inject
    ContentRevisionRepository revisions;

    @Inject
    PublishedContentWriter snapshot;

    @Inject
    ChangeNotifier notifier;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LibraryImages libraryImages;

    @Transactional
    public ContentTranslation publish(
            String siteSlug, long id, String locale, PublishRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, id);
        ContentTranslation t = translations.require(id, locale);
        Versions.check(expectedVersion, t.version);
        Instant now = clock.instant();
        if (request.liveFrom() != null
                && request.liveUntil() != null
                && !request.liveUntil().isAfter(request.liveFrom())) {
            throw ProblemException.invalid("liveUntil", "must be after liveFrom");
        }
        if (request.liveUntil() != null && !request.liveUntil().isAfter(now)) {
            throw ProblemException.invalid("liveUntil", "is already in the past");
        }
        int number = request.revision() == null ? t.currentRevision : request.revision();
        ContentRevision revision = revisions.require(t.id, number);
        libraryImages.requireAlt(site.id, locale, revision.body);
        t.publishedRevision = revision.number;
        t.liveFrom = request.liveFrom();
        t.liveUntil = request.liveUntil();
        t.status = request.liveFrom() != null && request.liveFrom().isAfter(now)
                ? TranslationStatus.scheduled
                : TranslationStatus.published;
        t.updatedAt = now;
        em.flush();
        snapshot.publish(item, t, revision, now);
        notifier.siteChanged(site.id);
        outbox.record(
                site.id,
                EventType.CONTENT_PUBLISHED,
                "content/" + item.id,
                "itemId",
                item.id,
                "locale",
                t.locale,
                "revision",
                revision.number,
                "liveFrom",
                t.liveFrom == null ? null : t.liveFrom.toString(),
                "liveUntil",
                t.liveUntil == null ? null : t.liveUntil.toString());
        return t;
    }

    /**
     * An image's file or alt text changed: the published translations that show it are written again, so their
     * pages name the new rendition URLs (the old ones stop answering) and alt text. Their publication time stays.
     */
    void mediaChanged(@Observes MediaChanged change) {
        String block = "[{\"type\":\"image\",\"assetId\":" + change.assetId() + "}]";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.id, r.number, p.published_at FROM content_translation t
                        JOIN content_item i ON i.id = t.item_id
                        JOIN content_revision r ON r.translation_id = t.id AND r.number = t.published_revision
                        JOIN published_content p ON p.translation_id = t.id
                        WHERE i.site_id = ?1 AND r.body @> CAST(?2 AS jsonb)""")
                .setParameter(1, change.siteId())
                .setParameter(2, block)
                .getResultList();
        for (Object[] row : rows) {
            ContentTranslation t = translations.findById(((Number) row[0]).longValue());
            ContentItem item = items.findById(t.itemId);
            ContentRevision revision = revisions.require(t.id, ((Number) row[1]).intValue());
            Instant publishedAt = row[2] instanceof java.time.OffsetDateTime o
                    ? o.toInstant()
                    : row[2] instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) row[2];
            snapshot.publish(item, t, revision, publishedAt);
        }
        if (!rows.isEmpty()) {
            notifier.siteChanged(change.siteId());
        }
    }

    @Transactional
    public ContentTranslation unpublish(String siteSlug, long id, String locale, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        items.require(site.id, id);
        ContentTranslation t = translations.require(id, locale);
        Versions.check(expectedVersion, t.version);
        if (t.publishedRevision == null) {
            throw ProblemException.conflict("Translation " + id + "/" + locale + " is not published");
        }
        t.status = TranslationStatus.draft;
        t.publishedRevision = null;
        t.liveFrom = null;
        t.liveUntil = null;
        t.updatedAt = clock.instant();
        em.flush();
        snapshot.unpublish(t.id);
        notifier.siteChanged(site.id);
        outbox.record(site.id, EventType.CONTENT_UNPUBLISHED, "content/" + id, "itemId", id, "locale", t.locale);
        return t;
    }

    /** Brings statuses in line with the clock; returns how many translations changed. */
    @Transactional
    public int runSchedule() {
        Instant now = clock.instant();
        List<ContentTranslation> expiring = translations.dueToExpire(now);
        List<ContentTranslation> goingLive = translations.dueToGoLive(now);
        expiring.forEach(t -> t.status = TranslationStatus.expired);
        goingLive.forEach(t -> t.status = TranslationStatus.published);
        List<ContentTranslation> due = new ArrayList<>(expiring);
        due.addAll(goingLive);
        if (due.isEmpty()) {
            return 0;
        }
        due.forEach(t -> t.updatedAt = now);
        snapshot.unpublish(expiring.stream().map(t -> t.id).toList());
        Map<Long, Long> siteOf = new HashMap<>();
        em.createQuery("select i.id, i.siteId from ContentItem i where i.id in :items", Object[].class)
                .setParameter(
                        "items", due.stream().map(t -> t.itemId).distinct().toList())
                .getResultList()
                .forEach(row -> siteOf.put((Long) row[0], (Long) row[1]));
        siteOf.values().stream().distinct().forEach(notifier::siteChanged);
        expiring.forEach(t -> changed(siteOf.get(t.itemId), EventType.CONTENT_EXPIRED, t));
        goingLive.forEach(t -> changed(siteOf.get(t.itemId), EventType.CONTENT_LIVE, t));
        return due.size();
    }

    private void changed(long siteId, EventType type, ContentTranslation t) {
        outbox.record(siteId, type, "content/" + t.itemId, "itemId", t.itemId, "locale", t.locale);
    }
}
