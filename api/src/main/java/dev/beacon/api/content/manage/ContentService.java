package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentTranslationRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.PublishedContentWriter;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.ContentUpdateRequest;
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

/** Editing the content tree: items, their place, type and featured window. Their text is in {@link TranslationService}. */
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
    TranslationService translationService;

    @Inject
    PublishedContentWriter snapshot;

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
            created.add(translationService
                    .save(
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

    /** The manage list's filters: a section's children or the top level, a type, words of a title, a tag. */
    public record ListFilter(Long parentId, boolean root, ContentType type, String q, String tag) {}

    /** Drafts included: the editors' view of one level of the tree (or of one type across it). */
    @Transactional(TxType.SUPPORTS)
    public PageResponse<ItemView> list(String siteSlug, ListFilter filter, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        StringBuilder where = new StringBuilder("siteId = :site");
        Parameters params = Parameters.with("site", site.id);
        if (filter.parentId() != null) {
            where.append(" and parentId = :parent");
            params.and("parent", filter.parentId());
        } else if (filter.root()) {
            where.append(" and parentId is null");
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            // A literal search: % and _ typed by the editor match themselves.
            where.append(
                    " and id in (select t.itemId from ContentTranslation t where lower(t.title) like :q escape '!')");
            params.and("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            // tags are a text[]: matched in SQL (HQL's array functions bind the tag as varchar[], which text[] refuses)
            @SuppressWarnings("unchecked")
            List<Number> tagged = em.createNativeQuery("select distinct t.item_id from content_translation t"
                            + " join content_item i on i.id = t.item_id"
                            + " where i.site_id = ?1 and cast(?2 as text) = any(t.tags)")
                    .setParameter(1, site.id)
                    .setParameter(2, filter.tag().strip())
                    .getResultList();
            where.append(" and id in :tagged");
            params.and(
                    "tagged",
                    tagged.isEmpty()
                            ? List.of(-1L)
                            : tagged.stream().map(Number::longValue).toList());
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
}
