package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentRequests.CommentCreateRequest;
import dev.beacon.api.comments.CommentRequests.ReportRequest;
import dev.beacon.api.comments.CommentResponses.CommentResponse;
import dev.beacon.api.comments.CommentResponses.CommentingStateResponse;
import dev.beacon.api.comments.CommentResponses.ReportResponse;
import dev.beacon.api.community.Feature;
import dev.beacon.api.community.RateLimiter;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.PublishedContent;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.notifications.NotificationService;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteSettings.CommentState;
import dev.beacon.api.sites.TextPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/** What people do with comments: write one (or a reply) and report one. */
@ApplicationScoped
public class CommentService {

    @Inject
    EntityManager em;

    @Inject
    PublishedContent published;

    @Inject
    Clock clock;

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    CommentingService commenting;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    NotificationService notifications;

    @Inject
    Outbox outbox;

    @Inject
    ModerationLog log;

    @Transactional
    public CommentResponse post(String siteSlug, Subject subject, long itemId, CommentCreateRequest request) {
        Site site = commentingSite(siteSlug);
        Profile profile = profiles.resolve(siteSlug, subject);
        ContentItem item = publishedItem(site, itemId);
        Instant now = clock.instant();
        CommentingStateResponse state = commenting.effective(site, item, now);
        if (state.state() != CommentState.open) {
            throw ProblemException.notOpen("Comments on this item are " + state.state()
                    + (state.opensAt() != null ? " until " + state.opensAt() : ""));
        }
        if (profile.alias == null) {
            throw ProblemException.aliasRequired(
                    "Choose an alias before you comment: others see it next to your words");
        }
        checkText(request.text());
        Comment parent = null;
        if (request.parentId() != null) {
            parent = em.find(Comment.class, request.parentId());
            if (parent == null || parent.itemId != item.id || parent.state != Comment.State.visible) {
                throw ProblemException.invalid("parentId", "is not a visible comment of this item");
            }
        }
        TextPolicy.check(site.settings, "text", request.text());
        rateLimiter.acquire(
                profile.id,
                RateLimiter.Action.comment,
                site.settings.communityOrDefaults().comments());
        Comment comment = new Comment();
        comment.siteId = site.id;
        comment.itemId = item.id;
        comment.profileId = profile.id;
        comment.authorAlias = profile.alias;
        comment.text = request.text();
        comment.state = Comment.State.visible;
        comment.createdAt = now;
        return insert(comment, parent);
    }

    /**
     * One report per person per comment. Reports of a comment are counted under its row lock, so when many
     * arrive at once the threshold is crossed exactly once and the comment hidden, unless a moderator approved it.
     */
    @Transactional
    public ReportResponse report(String siteSlug, Subject subject, long commentId, ReportRequest request) {
        Site site = commentingSite(siteSlug);
        if (request.note() != null && request.note().length() > 500) {
            throw ProblemException.invalid("note", "size must be between 0 and 500");
        }
        Profile profile = profiles.resolve(siteSlug, subject);
        Comment comment = em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        // A comment hidden a moment ago may still be on the reporter's screen: their report still counts for
        // moderators.
        boolean reportable =
                comment != null && (comment.state == Comment.State.visible || comment.state == Comment.State.hidden);
        if (!reportable || comment.siteId != site.id) {
            throw ProblemException.notFound("Comment", commentId);
        }
        long mine = em.createQuery(
                        "select count(r) from CommentReport r where r.commentId = :c and r.profileId = :p", Long.class)
                .setParameter("c", comment.id)
                .setParameter("p", profile.id)
                .getSingleResult();
        if (mine > 0) {
            throw ProblemException.alreadyDone("You have already reported this comment");
        }
        CommentReport report = new CommentReport();
        report.commentId = comment.id;
        report.profileId = profile.id;
        report.reason = request.reason();
        report.note = request.note() == null || request.note().isBlank() ? null : request.note();
        report.createdAt = clock.instant();
        em.persist(report);
        em.flush();
        outbox.record(
                site.id,
                EventType.COMMENT_REPORTED,
                "comment/" + comment.id,
                "commentId",
                comment.id,
                "itemId",
                comment.itemId,
                "reason",
                report.reason.name());
        long reports = em.createQuery("select count(r) from CommentReport r where r.commentId = :c", Long.class)
                .setParameter("c", comment.id)
                .getSingleResult();
        if (comment.state == Comment.State.visible
                && !comment.approved
                && reports >= site.settings.commentsOrDefaults().reportThreshold()) {
            comment.state = Comment.State.hidden;
            comment.version++;
            log.record(comment, ModerationLog.Action.hiddenByReports, null, null, report.createdAt);
            bump(comment.itemId);
            outbox.record(
                    site.id,
                    EventType.COMMENT_HIDDEN,
                    "comment/" + comment.id,
                    "commentId",
                    comment.id,
                    "itemId",
                    comment.itemId,
                    "by",
                    "reports");
        }
        return new ReportResponse(comment.id, report.reason, report.createdAt);
    }

    /** Saves a comment (threaded under {@code parent} if any), marks its item's thread changed and tells the parent's author. */
    @Transactional(TxType.MANDATORY)
    CommentResponse insert(Comment comment, Comment parent) {
        if (parent != null) {
            comment.parentId = parent.id;
            comment.rootId = parent.rootId != null ? parent.rootId : parent.id;
        }
        em.persist(comment);
        em.flush();
        bump(comment.itemId);
        outbox.record(
                comment.siteId,
                EventType.COMMENT_CREATED,
                "comment/" + comment.id,
                "commentId",
                comment.id,
                "itemId",
                comment.itemId,
                "parentId",
                comment.parentId,
                "profileId",
                comment.profileId,
                "moderator",
                comment.moderator);
        if (parent != null) {
            notifications.replied(
                    comment.siteId, comment.itemId, comment.id, parent.id, parent.profileId, comment.profileId);
        }
        return new CommentResponse(
                comment.id,
                comment.parentId,
                comment.authorAlias,
                comment.moderator,
                false,
                comment.text,
                WrittenText.html(comment.text),
                comment.createdAt,
                null);
    }

    /** Raises the item's thread version: cached comment lists of the item are stale on every replica from the commit on. */
    @Transactional(TxType.MANDATORY)
    void bump(long itemId) {
        em.createNativeQuery("""
                INSERT INTO comment_thread (item_id, version) VALUES (:item, 1)
                ON CONFLICT (item_id) DO UPDATE SET version = comment_thread.version + 1""").setParameter("item", itemId).executeUpdate();
    }

    /** The site, if it offers comments at all. */
    Site commentingSite(String siteSlug) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.comments.requireOn(site.settings.features());
        return site;
    }

    /** Bean Validation guards REST; GraphQL arguments arrive here unchecked. */
    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "must not be blank");
        }
        if (text.length() > CommentRequests.MAX_TEXT) {
            throw ProblemException.invalid("text", "size must be between 0 and " + CommentRequests.MAX_TEXT);
        }
    }

    /** An item of this site that delivery serves now; anything else is not found, as it is for delivery. */
    private ContentItem publishedItem(Site site, long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        boolean live = item != null && item.siteId == site.id && published.isLive(itemId, clock.instant());
        if (!live) {
            throw ProblemException.notFound("Content", itemId);
        }
        return item;
    }
}
