package dev.beacon.api.content;

import dev.beacon.api.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContentTranslationRepository implements PanacheRepository<ContentTranslation> {

    public Optional<ContentTranslation> find(long itemId, String locale) {
        return find("itemId = ?1 and locale = ?2", itemId, locale).firstResultOptional();
    }

    public ContentTranslation require(long itemId, String locale) {
        return find(itemId, locale).orElseThrow(() -> ProblemException.notFound("Translation", itemId + "/" + locale));
    }

    public List<ContentTranslation> ofItem(long itemId) {
        return list("itemId", Sort.by("locale"), itemId);
    }

    public List<ContentTranslation> ofItems(Collection<Long> itemIds) {
        return itemIds.isEmpty()
                ? List.of()
                : list("itemId in ?1", Sort.by("itemId").and("locale"), itemIds);
    }

    /** Another item under the same parent already uses this slug in this locale (paths must be unambiguous). */
    public boolean slugTaken(long siteId, Long parentId, long itemId, String locale, String slug) {
        String parent = parentId == null ? "i.parentId is null" : "i.parentId = :parent";
        var params = Parameters.with("site", siteId)
                .and("item", itemId)
                .and("locale", locale)
                .and("slug", slug);
        if (parentId != null) {
            params = params.and("parent", parentId);
        }
        return count(
                        "from ContentTranslation t, ContentItem i where i.id = t.itemId and i.siteId = :site and "
                                + parent + " and t.itemId <> :item and t.locale = :locale and t.slug = :slug",
                        params)
                > 0;
    }

    public List<ContentTranslation> dueToGoLive(Instant now) {
        return list("status = ?1 and liveFrom <= ?2", TranslationStatus.scheduled, now);
    }

    public List<ContentTranslation> dueToExpire(Instant now) {
        return list(
                "status in ?1 and liveUntil <= ?2",
                List.of(TranslationStatus.published, TranslationStatus.scheduled),
                now);
    }
}
