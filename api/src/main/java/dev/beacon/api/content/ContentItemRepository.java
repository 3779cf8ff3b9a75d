package dev.beacon.api.content;

import dev.beacon.api.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContentItemRepository implements PanacheRepository<ContentItem> {

    /** An item of that site; another site's id is as unknown as a missing one. */
    public ContentItem require(long siteId, long id) {
        ContentItem item = findById(id);
        if (item == null || item.siteId != siteId) {
            throw ProblemException.notFound("Content", id);
        }
        return item;
    }
}
