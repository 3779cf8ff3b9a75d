package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentResponses.CommentExportResponse;
import dev.beacon.api.comments.CommentResponses.CommentsExportResponse;
import dev.beacon.api.comments.CommentResponses.ReportExportResponse;
import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import dev.beacon.api.sites.SiteSettings.ErasedWriting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A person's comments and reports in their export, and on erasure: their reports go; their comments lose their
 * author (shown as anonymous) or their text, as the site decides. A comment without text that others replied to
 * stays as a placeholder so their replies keep their place; one nobody replied to goes entirely.
 */
@ApplicationScoped
public class CommentErasure implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    CommentService comments;

    /** Runs inside the erasing transaction, before the profile row is deleted. */
    void onErase(@Observes ProfileErasing e) {
        em.createNativeQuery("DELETE FROM comment_report WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> items = em.createNativeQuery("SELECT DISTINCT item_id FROM comment WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .getResultList();
        if (items.isEmpty()) {
            return;
        }
        if (e.writing() == ErasedWriting.delete) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM comment WHERE profile_id = :p")
                    .setParameter("p", e.profileId())
                    .getResultList();
            em.createNativeQuery("""
                    UPDATE comment SET text = NULL, author_alias = NULL, profile_id = NULL, state = 'removed'
                    WHERE profile_id = :p""").setParameter("p", e.profileId()).executeUpdate();
            // Leaves first: a removed comment goes once nothing hangs from it any more.
            int deleted;
            do {
                deleted = em.createNativeQuery("""
                        DELETE FROM comment c WHERE c.id IN (:ids) AND c.state = 'removed'
                          AND NOT EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id)""")
                        .setParameter("ids", ids.stream().map(Number::longValue).toList())
                        .executeUpdate();
            } while (deleted > 0);
        } else {
            em.createNativeQuery("UPDATE comment SET author_alias = NULL, profile_id = NULL WHERE profile_id = :p")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        }
        items.forEach(item -> comments.bump(item.longValue()));
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public Object export(long profileId) {
        List<CommentExportResponse> written = em.createQuery(
                        "from Comment c where c.profileId = :p order by c.createdAt, c.id", Comment.class)
                .setParameter("p", profileId)
                .getResultStream()
                .map(c -> new CommentExportResponse(
                        c.id, c.itemId, c.parentId, c.authorAlias, c.text, c.state, c.createdAt))
                .toList();
        List<ReportExportResponse> reports = em.createQuery(
                        "from CommentReport r where r.profileId = :p order by r.createdAt, r.id", CommentReport.class)
                .setParameter("p", profileId)
                .getResultStream()
                .map(r -> new ReportExportResponse(r.commentId, r.reason, r.note, r.createdAt))
                .toList();
        return new CommentsExportResponse(written, reports);
    }
}
