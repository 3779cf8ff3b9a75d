package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentResponses.ModerationEntryResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Who did what to a comment and when: the history moderators see beside a comment (table comment_moderation_log). */
@ApplicationScoped
public class ModerationLog {

    /** What happened; the names are stored and sent. */
    public enum Action {
        approved("approved"),
        hidden("hidden"),
        deleted("deleted"),
        replied("replied"),
        hiddenByReports("hidden-by-reports");

        final String stored;

        Action(String stored) {
            this.stored = stored;
        }

        static Action of(String stored) {
            for (Action a : values()) {
                if (a.stored.equals(stored)) {
                    return a;
                }
            }
            throw new IllegalStateException("unknown moderation action " + stored);
        }
    }

    @Inject
    EntityManager em;

    /** {@code staff} is null only for hiding by reports; {@code replyId} only for a reply. */
    @Transactional(TxType.MANDATORY)
    void record(Comment comment, Action action, String staff, Long replyId, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO comment_moderation_log (site_id, comment_id, action, staff, reply_id, at)
                        VALUES (:site, :comment, :action, :staff, :reply, :at)""")
                .setParameter("site", comment.siteId)
                .setParameter("comment", comment.id)
                .setParameter("action", action.stored)
                .setParameter("staff", staff)
                .setParameter("reply", replyId)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /** A comment's history, oldest first. */
    @Transactional(TxType.SUPPORTS)
    List<ModerationEntryResponse> of(long commentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        SELECT action, staff, reply_id, at FROM comment_moderation_log
                        WHERE comment_id = :comment ORDER BY id""").setParameter("comment", commentId).getResultList();
        return rows.stream()
                .map(r -> new ModerationEntryResponse(
                        Action.of((String) r[0]).stored,
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        instant(r[3])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
