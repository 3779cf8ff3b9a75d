package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentRequests.CommentingChoice;
import dev.beacon.api.comments.CommentRequests.CommentingRequest;
import dev.beacon.api.comments.CommentResponses.CommentingResponse;
import dev.beacon.api.comments.CommentResponses.CommentingStateResponse;
import dev.beacon.api.comments.CommentingRules.Rule;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteSettings.CommentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Commenting state per section and article: what editors set, and what applies to an item in the end. */
@ApplicationScoped
public class CommentingService {

    @Inject
    EntityManager em;

    @Inject
    ContentItemRepository items;

    @Inject
    SiteRepository sites;

    @Inject
    Clock clock;

    @Transactional(TxType.SUPPORTS)
    public CommentingResponse get(String siteSlug, long itemId) {
        Site site = sites.requireBySlug(siteSlug);
        return response(site, items.require(site.id, itemId));
    }

    @Transactional
    public CommentingResponse set(String siteSlug, long itemId, CommentingRequest request, String staff) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, itemId);
        boolean timed = request.openFrom() != null || request.openUntil() != null;
        if (timed && request.state() != CommentingChoice.open) {
            throw ProblemException.invalid("openFrom", "a window is only for state open");
        }
        if (request.openFrom() != null
                && request.openUntil() != null
                && !request.openUntil().isAfter(request.openFrom())) {
            throw ProblemException.invalid("openUntil", "must be after openFrom");
        }
        CommentingOverride own = em.find(CommentingOverride.class, item.id);
        if (request.state() == CommentingChoice.inherit) {
            if (own != null) {
                em.remove(own);
            }
        } else {
            boolean fresh = own == null;
            if (fresh) {
                own = new CommentingOverride();
                own.itemId = item.id;
            }
            own.state = CommentState.valueOf(request.state().name());
            own.openFrom = request.openFrom();
            own.openUntil = request.openUntil();
            own.updatedAt = clock.instant();
            own.updatedBy = staff;
            if (fresh) {
                em.persist(own);
            }
        }
        em.flush();
        return response(site, item);
    }

    /** What applies to the item now: for writes, inside their transaction. */
    CommentingStateResponse effective(Site site, ContentItem item, Instant now) {
        return CommentingRules.effective(site.settings, item.type, nearest(item.id), now);
    }

    Rule nearest(long itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CommentingRules.NEAREST)
                .setParameter(1, itemId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Rule(
                ((Number) r[0]).longValue(),
                CommentState.valueOf((String) r[1]),
                SqlValues.instant(r[2]),
                SqlValues.instant(r[3]));
    }

    private CommentingResponse response(Site site, ContentItem item) {
        CommentingOverride own = em.find(CommentingOverride.class, item.id);
        Rule nearest = nearest(item.id);
        CommentingStateResponse effective =
                CommentingRules.effective(site.settings, item.type, nearest, clock.instant());
        return new CommentingResponse(
                item.id,
                own == null ? CommentingChoice.inherit : CommentingChoice.valueOf(own.state.name()),
                own == null ? null : own.openFrom,
                own == null ? null : own.openUntil,
                effective,
                nearest == null ? null : nearest.itemId());
    }
}
