package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.ContentRevisionRepository;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentTranslationRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.PublishedContentWriter;
import dev.beacon.api.content.TranslationStatus;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.ContentUpdateRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Editing the content tree and its translations. Every save is a new immutable revision. */
@ApplicationScoped
public class ContentService {

    /** An item with its translations, as the management API shows it. */
    public record ItemView(Site site, ContentItem item, List<ContentTranslation> translations) {}

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
    ChannelVariants variants;

    @Inject
    ChangeNotifier notifier;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public ItemView create(String siteSlug, ContentCreateRequest request, String author) {
        Site site = sites.requireBySlug(siteSlug);
        checkParent(site.id, null, request.parentId());
        checkFeatured(request.featuredFrom(), request.featuredUntil());
        ContentItem item = new ContentItem();
        item.siteId = site.id;
        item.parentId = request.parentId();
        item.type = request.type();
        item.position = request.position() == null ? nextPosition(site.id, request.parentId()) : request.position();
        item.featuredFrom = request.featuredFrom();
        item.featuredUntil = request.featuredUntil();
        item.createdAt = clock.instant();
        item.updatedAt = item.createdAt;
        items.persist(item);
        List<ContentTranslation> created = new ArrayList<>();
        if (request.translation() != null) {
            created.add(save(
                            site,
                            item,
                            request.translation().locale(),
                            request.translation().content(),
                            null,
                            author)
                    .translation());
        }
        return new ItemView(site, item, created);
    }

    @Transactional
    public ItemView update(String siteSlug, long id, ContentUpdateRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, id);
        Versions.check(expectedVersion, item.version);
        checkParent(site.id, item.id, request.parentId());
        checkFeatured(request.featuredFrom(), request.featuredUntil());
        item.parentId = request.parentId();
        if (request.position() != null) {
            item.position = request.position();
        }
        item.featuredFrom = request.featuredFrom();
        item.featuredUntil = request.featuredUntil();
        item.updatedAt = clock.instant();
        em.flush();
        snapshot.itemChanged(item);
        notifier.siteChanged(site.id);
        return new ItemView(site, item, translations.ofItem(item.id));
    }

    @Transactional(TxType.SUPPORTS)
    public ItemView get(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, id);
        return new ItemView(site, item, translations.ofItem(id));
    }

    /** Drafts included: the editors' view of one level of the tree (or of one type across it). */
    @Transactional(TxType.SUPPORTS)
    public PageResponse<ItemView> list(
            String siteSlug, Long parentId, boolean root, ContentType type, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        StringBuilder where = new StringBuilder("siteId = :site");
        Parameters params = Parameters.with("site", site.id);
        if (parentId != null) {
            where.append(" and parentId = :parent");
            params.and("parent", parentId);
        } else if (root) {
            where.append(" and parentId is null");
        }
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        var query =
                items.find(where.toString(), Sort.by("parentId").and("position").and("id"), params);
        List<ContentItem> found = query.page(page.page() - 1, page.size()).list();
        Map<Long, List<ContentTranslation>> byItem =
                translations.ofItems(found.stream().map(i -> i.id).toList()).stream()
                        .collect(Collectors.groupingBy(t -> t.itemId));
        List<ItemView> views = found.stream()
                .map(i -> new ItemView(site, i, byItem.getOrDefault(i.id, List.of())))
                .toList();
        return PageResponse.of(views, page, query.count());
    }

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

    private Saved save(
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

    /** A parent must be a section of the same site, and an item cannot move under itself. */
    private void checkParent(long siteId, Long itemId, Long parentId) {
        if (parentId == null) {
            return;
        }
        ContentItem parent = items.findById(parentId);
        if (parent == null || parent.siteId != siteId) {
            throw ProblemException.invalid("parentId", "no section " + parentId + " in this site");
        }
        if (!parent.type.canHaveChildren()) {
            throw ProblemException.invalid(
                    "parentId", "item " + parentId + " is a " + parent.type + ", only sections have children");
        }
        for (ContentItem at = parent; at != null; at = at.parentId == null ? null : items.findById(at.parentId)) {
            if (itemId != null && at.id.equals(itemId)) {
                throw ProblemException.invalid("parentId", "an item cannot be moved under itself or its descendants");
            }
        }
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

    private static void checkFeatured(Instant from, Instant until) {
        if (from != null && until != null && !until.isAfter(from)) {
            throw ProblemException.invalid("featuredUntil", "must be after featuredFrom");
        }
    }

    private int nextPosition(long siteId, Long parentId) {
        String parent = parentId == null ? "parentId is null" : "parentId = :parent";
        Parameters params = Parameters.with("site", siteId);
        if (parentId != null) {
            params.and("parent", parentId);
        }
        return (int) items.count("siteId = :site and " + parent, params);
    }

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
