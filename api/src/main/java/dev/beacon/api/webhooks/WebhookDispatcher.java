package dev.beacon.api.webhooks;

import dev.beacon.api.events.Cursor;
import dev.beacon.api.events.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Turns new events into deliveries, per enabled webhook, from where that webhook's cursor stands in the event log.
 * Each webhook is taken with {@code FOR UPDATE SKIP LOCKED}, so replicas running this together never make the same
 * delivery twice; the cursor moves in the same transaction as the deliveries it made.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    EventLog log;

    @Inject
    Clock clock;

    /** Returns how many deliveries were made. */
    @Transactional
    public int fanOut() {
        @SuppressWarnings("unchecked")
        List<Object[]> hooks = em.createNativeQuery("""
                SELECT id, site_id, array_to_string(event_types, ','), cursor_xid::text, cursor_seq
                FROM webhook WHERE enabled ORDER BY id FOR UPDATE SKIP LOCKED""").getResultList();
        Timestamp now = Timestamp.from(clock.instant());
        int made = 0;
        for (Object[] hook : hooks) {
            long id = ((Number) hook[0]).longValue();
            String types = (String) hook[2];
            Cursor cursor = new Cursor(Long.parseLong((String) hook[3]), ((Number) hook[4]).longValue());
            List<EventLog.Stored> events = log.after(
                    ((Number) hook[1]).longValue(),
                    cursor,
                    types.isEmpty() ? List.of() : List.of(types.split(",")),
                    BATCH);
            if (events.isEmpty()) {
                continue;
            }
            for (EventLog.Stored e : events) {
                em.createNativeQuery("""
                        INSERT INTO webhook_delivery (webhook_id, event_seq, status, next_attempt_at, created_at)
                        VALUES (:hook, :seq, 'pending', :now, :now)""")
                        .setParameter("hook", id)
                        .setParameter("seq", e.cursor().seq())
                        .setParameter("now", now)
                        .executeUpdate();
            }
            Cursor last = events.get(events.size() - 1).cursor();
            em.createNativeQuery(
                            "UPDATE webhook SET cursor_xid = CAST(:xid AS xid8), cursor_seq = :seq WHERE id = :hook")
                    .setParameter("xid", Long.toString(last.xid()))
                    .setParameter("seq", last.seq())
                    .setParameter("hook", id)
                    .executeUpdate();
            made += events.size();
        }
        return made;
    }
}
