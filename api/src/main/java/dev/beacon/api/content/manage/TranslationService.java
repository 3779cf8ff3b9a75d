package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.ContentRevisionRepository;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentTranslationRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.TranslationStatus;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An item's translations and their immutable revisions: save (a new revision each time), read, list, restore. */
@ApplicationScoped
public class TranslationService {

    @Inject
    dev.beacon.api.content.blocks.LibraryImages libraryImages;

    @Inject
    SiteRepository sites;

    @Inject
    ContentItemRepository items;

    @Inject
    ContentTranslationRepository translations;

    @Inject
    ContentRevisionRepository revisions;

    @Inject
    ChannelVariants variants;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public record Saved(ContentTranslation translation, boolean created) {}

    @Transactional
    public Saved saveTranslation(
            String siteSlug, long id, String locale, TranslationRequest request, Long expectedVersion, String author) {
        Site site = sites.requireBySlug(siteSlug);
        return save(site, items.require(site.id, id), locale, request, expectedVersion, author);
    }

    @Transactional(TxType.SUPPORTS)
    public ContentTranslation translation(String siteSlug, long id, String locale) {
        Site site = sites.requireBySlug(siteSlug);
        items.require(site.id, id);
        return translations.require(id, locale);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ContentRevision> revisions(String siteSlug, long id, String locale) {
        return revisions.ofTranslation(translation(siteSlug, id, locale).id);
    }

    @Transactional(TxType.SUPPORTS)
    public ContentRevision revision(String siteSlug, long id, String locale, int number) {
        return revisions.require(translation(siteSlug, id, locale).id, number);
    }

    /** Restoring never rewrites history: it saves the old revision's content as a new revision. */
    @Transactional
    public ContentTranslation restore(
            String siteSlug, long id, String locale, int number, Long expectedVersion, String author) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, id);
        ContentTranslation t = translations.require(id, locale);
        Versions.check(expectedVersion, t.version);
        ContentRevision old = revisions.require(t.id, number);
        TranslationRequest copy = new TranslationRequest(
                old.title,
                old.subtitle,
                old.slug,
                old.body,
                old.tags,
                old.seo,
                "Restored from revision " + number,
                null,
                old.channels);
        return save(site, item, locale, copy, null, author).translation();
    }

    /** Saves a translation as a new revision (creating it when missing); the item must be this site's. */
    Saved save(
            Site site,
            ContentItem item,
            String locale,
            TranslationRequest request,
            Long expectedVersion,
            String author) {
        if (!site.localeChains().contains(locale)) {
            throw ProblemException.invalid(
                    "locale",
                    "'" + locale + "' is not one of the site's locales "
                            + site.localeChains().all().stream()
                                    .map(l -> l.code())
                                    .toList());
        }
        if (translations.slugTaken(site.id, item.parentId, item.id, locale, request.slug())) {
            throw ProblemException.conflict(
                    "Another item in the same section already uses the slug '" + request.slug() + "' in " + locale);
        }
        checkEmbeds(site.id, request.body());
        libraryImages.check(site.id, request.body());
        Map<String, List<ChannelMessage>> channels = variants.validated(site, request.body(), request.channels());
        Instant now = clock.instant();
        ContentTranslation t = translations.find(item.id, locale).orElse(null);
        boolean created = t == null;
        if (created) {
            t = new ContentTranslation();
            t.itemId = item.id;
            t.locale = locale;
            t.status = TranslationStatus.draft;
            t.createdAt = now;
        } else {
            Versions.check(expectedVersion != null ? expectedVersion : request.version(), t.version);
        }
        t.title = request.title().strip();
        t.subtitle = blankToNull(request.subtitle());
        t.slug = request.slug();
        t.body = request.body() == null ? List.of() : List.copyOf(request.body());
        t.tags = normaliseTags(request.tags());
        t.seo = request.seo();
        t.channels = channels;
        t.currentRevision = t.currentRevision + 1;
        t.updatedAt = now;
        if (created) {
            translations.persist(t);
        }
        revisions.persist(revisionOf(t, author, request.note(), now));
        item.updatedAt = now;
        em.flush();
        return new Saved(t, created);
    }

    private static ContentRevision revisionOf(ContentTranslation t, String author, String note, Instant now) {
        ContentRevision r = new ContentRevision();
        r.translationId = t.id;
        r.number = t.currentRevision;
        r.title = t.title;
        r.subtitle = t.subtitle;
        r.slug = t.slug;
        r.body = t.body;
        r.tags = t.tags;
        r.seo = t.seo;
        r.channels = t.channels;
        r.author = author;
        r.note = blankToNull(note);
        r.createdAt = now;
        return r;
    }

    /** An embed block names a poll, survey or competition of the same site. */
    private void checkEmbeds(long siteId, List<Block> body) {
        if (body == null) {
            return;
        }
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Embed e) {
                ContentItem target = items.findById(e.itemId());
                if (target == null || target.siteId != siteId) {
                    throw ProblemException.invalid("body[" + i + "].itemId", "no item " + e.itemId() + " in this site");
                }
                if (!EMBEDDABLE.contains(target.type)) {
                    throw ProblemException.invalid(
                            "body[" + i + "].itemId",
                            "item " + e.itemId() + " is a " + target.type
                                    + "; only polls, surveys and competitions can be embedded");
                }
            }
        }
    }

    private static final java.util.Set<ContentType> EMBEDDABLE =
            java.util.EnumSet.of(ContentType.poll, ContentType.survey, ContentType.competition);

    private static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
