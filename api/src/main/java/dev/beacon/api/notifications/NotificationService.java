package dev.beacon.api.notifications;

import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.notifications.NotificationResponses.ChannelNotificationListResponse;
import dev.beacon.api.notifications.NotificationResponses.ChannelNotificationResponse;
import dev.beacon.api.notifications.NotificationResponses.NotificationResponse;
import dev.beacon.api.notifications.NotificationResponses.ReadResponse;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Notifications: written when something happens for a person (a reply to their comment), read by the person,
 * and picked up by channel adapters for the people on their channel. A PostgreSQL NOTIFY on
 * {@value #CHANNEL} (site id and notification id, nothing personal) tells listeners on commit.
 */
@ApplicationScoped
public class NotificationService implements PersonalData {

    public static final String CHANNEL = "beacon_notification";
    public static final int MAX_BATCH = 100;

    /** A notification with the reply it is about; {@code text} only while the reply is visible. */
    private static final String COLUMNS = """
            n.id, n.kind, n.item_id, n.comment_id, n.in_reply_to, r.author_alias, r.moderator,
            CASE WHEN r.state = 'visible' THEN r.text END, n.created_at, n.read_at""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    Outbox outbox;

    /** Tells the author of {@code inReplyTo} that someone else replied; nobody is told of their own reply. */
    @Transactional(TxType.MANDATORY)
    public void replied(long siteId, long itemId, long replyId, long inReplyTo, Long author, Long replier) {
        if (author == null || author.equals(replier)) {
            return;
        }
        Notification n = new Notification();
        n.siteId = siteId;
        n.profileId = author;
        n.kind = Notification.Kind.reply;
        n.itemId = itemId;
        n.commentId = replyId;
        n.inReplyTo = inReplyTo;
        n.createdAt = clock.instant();
        em.persist(n);
        em.flush();
        outbox.record(
                siteId,
                EventType.NOTIFICATION_CREATED,
                "notification/" + n.id,
                "notificationId",
                n.id,
                "profileId",
                author,
                "kind",
                n.kind.name(),
                "itemId",
                itemId,
                "commentId",
                replyId);
        em.createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", "{\"site\":" + siteId + ",\"id\":" + n.id + "}")
                .getSingleResult();
    }

    @Transactional
    public PageResponse<NotificationResponse> list(
            String siteSlug, Subject subject, boolean unreadOnly, PageRequest page) {
        Profile profile = profiles.resolve(siteSlug, subject);
        String where = " WHERE n.profile_id = :p" + (unreadOnly ? " AND n.read_at IS NULL" : "");
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM notification n" + where)
                        .setParameter("p", profile.id)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM notification n JOIN comment r ON r.id = n.comment_id" + where
                                + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
                .setParameter("p", profile.id)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return PageResponse.of(rows.stream().map(NotificationService::response).toList(), page, total);
    }

    /** Marks the person's notifications up to and including {@code upTo} as read. */
    @Transactional
    public ReadResponse read(String siteSlug, Subject subject, long upTo) {
        Profile profile = profiles.resolve(siteSlug, subject);
        int marked = em.createNativeQuery(
                        "UPDATE notification SET read_at = :now WHERE profile_id = :p AND id <= :upTo AND read_at IS NULL")
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("p", profile.id)
                .setParameter("upTo", upTo)
                .executeUpdate();
        long unread = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM notification WHERE profile_id = :p AND read_at IS NULL")
                        .setParameter("p", profile.id)
                        .getSingleResult())
                .longValue();
        return new ReadResponse(marked, unread);
    }

    /**
     * The notifications after a cursor of the site's people who can be reached on {@code channel}, oldest first,
     * each with the identity to deliver to (the most recently linked one on that channel).
     */
    @Transactional(TxType.SUPPORTS)
    public ChannelNotificationListResponse feed(String siteSlug, String channel, Long after, Integer limit) {
        long cursor = after == null ? 0 : after;
        int max = limit == null ? 50 : limit;
        if (cursor < 0) {
            throw ProblemException.invalid("after", "must be a cursor from an earlier answer, or 0");
        }
        if (max < 1 || max > MAX_BATCH) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_BATCH);
        }
        Site site = sites.requireBySlug(siteSlug);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + """
                , (SELECT ci.channel || ':' || ci.external_id FROM channel_identity ci
                   WHERE ci.profile_id = n.profile_id AND ci.channel = :channel ORDER BY ci.created_at DESC, ci.id DESC LIMIT 1)
                FROM notification n JOIN comment r ON r.id = n.comment_id
                WHERE n.site_id = :site AND n.id > :after
                  AND EXISTS (SELECT 1 FROM channel_identity ci WHERE ci.profile_id = n.profile_id AND ci.channel = :channel)
                ORDER BY n.id LIMIT :limit""")
                .setParameter("channel", channel)
                .setParameter("site", site.id)
                .setParameter("after", cursor)
                .setParameter("limit", max)
                .getResultList();
        List<ChannelNotificationResponse> items = rows.stream()
                .map(r -> {
                    NotificationResponse n = response(r);
                    return new ChannelNotificationResponse(
                            n.id(),
                            (String) r[10],
                            n.kind(),
                            n.itemId(),
                            n.commentId(),
                            n.inReplyToId(),
                            n.author(),
                            n.moderator(),
                            n.text(),
                            n.createdAt(),
                            n.read());
                })
                .toList();
        return new ChannelNotificationListResponse(
                items,
                Long.toString(
                        items.isEmpty() ? cursor : items.get(items.size() - 1).id()));
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS
                                + " FROM notification n JOIN comment r ON r.id = n.comment_id WHERE n.profile_id = :p ORDER BY n.id")
                .setParameter("p", profileId)
                .getResultList();
        return rows.stream().map(NotificationService::response).toList();
    }

    private static NotificationResponse response(Object[] r) {
        return new NotificationResponse(
                ((Number) r[0]).longValue(),
                Notification.Kind.valueOf((String) r[1]),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(),
                (String) r[5],
                (Boolean) r[6],
                (String) r[7],
                SqlValues.instant(r[8]),
                r[9] != null);
    }
}
