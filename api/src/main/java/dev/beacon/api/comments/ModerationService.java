package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentReport.Reason;
import dev.beacon.api.comments.CommentRequests.ModeratorReplyRequest;
import dev.beacon.api.comments.CommentResponses.ModeratedCommentResponse;
import dev.beacon.api.comments.CommentResponses.ModerationEntryResponse;
import dev.beacon.api.comments.CommentResponses.ReportSummaryResponse;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The moderators' side: the queue by state, approve, hide, delete, and replies under the site's moderator name. */
@ApplicationScoped
public class ModerationService {

    /** What the queue can be filtered by: a state, or {@code reported} (reported and not approved, most reported first). */
    public enum Queue {
        visible,
        hidden,
        deleted,
        reported
    }

    private static final List<Comment.State> PENDING = List.of(Comment.State.visible, Comment.State.hidden);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SiteRepository sites;

    @Inject
    CommentService comments;

    @Inject
    Outbox outbox;

    @Inject
    ModerationLog log;

    @Transactional(TxType.SUPPORTS)
    public PageResponse<ModeratedCommentResponse> list(String siteSlug, Queue queue, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        String where = queue == Queue.reported
                ? " where c.siteId = :site and c.approved = false and c.state in :pending"
                        + " and exists (select 1 from CommentReport r where r.commentId = c.id)"
                : " where c.siteId = :site and c.state = :state";
        String order = queue == Queue.reported
                ? " order by (select count(r) from CommentReport r where r.commentId = c.id) desc, c.createdAt, c.id"
                : " order by c.createdAt desc, c.id desc";
        var count = em.createQuery("select count(c) from Comment c" + where, Long.class)
                .setParameter("site", site.id);
        var select =
                em.createQuery("from Comment c" + where + order, Comment.class).setParameter("site", site.id);
        if (queue == Queue.reported) {
            count.setParameter("pending", PENDING);
            select.setParameter("pending", PENDING);
        } else {
            count.setParameter("state", Comment.State.valueOf(queue.name()));
            select.setParameter("state", Comment.State.valueOf(queue.name()));
        }
        long total = count.getSingleResult();
        List<Comment> found =
                select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, List<CommentReport>> reports = found.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "from CommentReport r where r.commentId in :ids order by r.createdAt",
                                CommentReport.class)
                        .setParameter("ids", found.stream().map(c -> c.id).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(r -> r.commentId));
        return PageResponse.of(
                found.stream()
                        .map(c -> response(c, reports.getOrDefault(c.id, List.of())))
                        .toList(),
                page,
                total);
    }

    /** Visible again, and immune to automatic hiding by reports from now on. */
    @Transactional
    public ModeratedCommentResponse approve(String siteSlug, long commentId, String staff, Long expectedVersion) {
        return decide(
                siteSlug,
                commentId,
                staff,
                expectedVersion,
                Comment.State.visible,
                true,
                EventType.COMMENT_APPROVED,
                ModerationLog.Action.approved);
    }

    @Transactional
    public ModeratedCommentResponse hide(String siteSlug, long commentId, String staff, Long expectedVersion) {
        return decide(
                siteSlug,
                commentId,
                staff,
                expectedVersion,
                Comment.State.hidden,
                false,
                EventType.COMMENT_HIDDEN,
                ModerationLog.Action.hidden);
    }

    /** Never delivered again; the text stays for moderators (audit, and an approval can undo a mistake). */
    @Transactional
    public ModeratedCommentResponse delete(String siteSlug, long commentId, String staff, Long expectedVersion) {
        return decide(
                siteSlug,
                commentId,
                staff,
                expectedVersion,
                Comment.State.deleted,
                false,
                EventType.COMMENT_DELETED,
                ModerationLog.Action.deleted);
    }

    /**
     * A reply under the site's moderator name, with the moderator's own text or a canned response in the asked-for
     * locale (the site's fallback chain applies). Moderators' words are not held to the rules for the public: they
     * may have to give a helpline's number.
     */
    @Transactional
    public ModeratedCommentResponse reply(
            String siteSlug, long commentId, ModeratorReplyRequest request, String staff) {
        Site site = sites.requireBySlug(siteSlug);
        Comment parent = find(site, commentId, false);
        if (parent.state == Comment.State.removed) {
            throw ProblemException.conflict("This comment was removed with its author; there is nothing to reply to");
        }
        String text = text(site, request);
        SiteSettings.Comments settings = site.settings.commentsOrDefaults();
        Comment reply = new Comment();
        reply.siteId = site.id;
        reply.itemId = parent.itemId;
        reply.moderator = true;
        reply.moderatorAccount = staff;
        reply.authorAlias = settings.moderatorName();
        reply.text = text;
        reply.state = Comment.State.visible;
        reply.approved = true;
        reply.createdAt = clock.instant();
        comments.insert(reply, parent);
        log.record(parent, ModerationLog.Action.replied, staff, reply.id, reply.createdAt);
        return response(reply, List.of());
    }

    private String text(Site site, ModeratorReplyRequest request) {
        boolean own = request.text() != null;
        boolean canned = request.cannedResponse() != null;
        if (own == canned) {
            throw ProblemException.invalid(
                    own ? "cannedResponse" : "text", "send either your own text or a canned response");
        }
        if (own) {
            CommentService.checkText(request.text());
            return request.text();
        }
        SiteSettings.CannedResponse response = site.settings.commentsOrDefaults().cannedResponses().stream()
                .filter(c -> c.key().equals(request.cannedResponse()))
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalid("cannedResponse", "this site has no canned response with that key"));
        for (String locale : site.localeChains().chainFor(request.locale())) {
            if (response.text().containsKey(locale)) {
                return response.text().get(locale);
            }
        }
        throw ProblemException.invalid("locale", "this canned response has no text in that locale or its fallbacks");
    }

    /** One comment as the queue shows it; its version is the ETag a decision names in If-Match. */
    @Transactional(TxType.SUPPORTS)
    public ModeratedCommentResponse get(String siteSlug, long commentId) {
        Site site = sites.requireBySlug(siteSlug);
        return response(find(site, commentId, false), reports(commentId));
    }

    /** Who did what to the comment and when, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<ModerationEntryResponse> history(String siteSlug, long commentId) {
        Site site = sites.requireBySlug(siteSlug);
        find(site, commentId, false);
        return log.of(commentId);
    }

    /**
     * A decision, against the version the moderator saw when they name one: under the row lock, so of two
     * moderators acting on the same version one wins and the other is refused (412) and shown what changed.
     */
    private ModeratedCommentResponse decide(
            String siteSlug,
            long commentId,
            String staff,
            Long expectedVersion,
            Comment.State state,
            boolean approved,
            EventType event,
            ModerationLog.Action action) {
        Site site = sites.requireBySlug(siteSlug);
        Comment comment = find(site, commentId, true);
        if (comment.state == Comment.State.removed) {
            throw ProblemException.conflict(
                    "This comment was removed with its author; there is nothing left to moderate");
        }
        Versions.check(expectedVersion, comment.version);
        comment.state = state;
        comment.approved = approved;
        comment.moderatedAt = clock.instant();
        comment.moderatedBy = staff;
        comment.version++;
        log.record(comment, action, staff, null, comment.moderatedAt);
        comments.bump(comment.itemId);
        outbox.record(
                site.id,
                event,
                "comment/" + comment.id,
                "commentId",
                comment.id,
                "itemId",
                comment.itemId,
                "by",
                "moderator");
        return response(comment, reports(comment.id));
    }

    private List<CommentReport> reports(long commentId) {
        return em.createQuery("from CommentReport r where r.commentId = :c order by r.createdAt", CommentReport.class)
                .setParameter("c", commentId)
                .getResultList();
    }

    private Comment find(Site site, long commentId, boolean lock) {
        Comment comment = lock
                ? em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Comment.class, commentId);
        if (comment == null || comment.siteId != site.id) {
            throw ProblemException.notFound("Comment", commentId);
        }
        return comment;
    }

    private static ModeratedCommentResponse response(Comment c, List<CommentReport> reports) {
        Map<Reason, Long> reasons = new EnumMap<>(Reason.class);
        List<ReportSummaryResponse> summaries = new ArrayList<>();
        for (CommentReport r : reports) {
            reasons.merge(r.reason, 1L, Long::sum);
            summaries.add(new ReportSummaryResponse(r.reason, r.note, r.createdAt));
        }
        return new ModeratedCommentResponse(
                c.id,
                c.itemId,
                c.parentId,
                c.authorAlias,
                c.profileId,
                c.moderator,
                c.text,
                WrittenText.html(c.text),
                c.state,
                c.approved,
                reports.size(),
                reasons,
                summaries,
                c.createdAt,
                c.moderatedAt,
                c.moderatedBy,
                c.version);
    }
}
