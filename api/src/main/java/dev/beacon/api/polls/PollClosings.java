package dev.beacon.api.polls;

import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Tells {@code poll.closed} once per poll whose closing time has passed. Replicas may run it together: each takes
 * the polls it announces with {@code FOR UPDATE SKIP LOCKED}, so no poll is announced twice.
 */
@ApplicationScoped
public class PollClosings {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${beacon.schedule.every:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        announce();
    }

    /** Returns how many polls were announced closed. */
    @Transactional
    public int announce() {
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object[]> closed =
                em.createNativeQuery("""
                UPDATE poll SET closed_announced_at = :now
                WHERE item_id IN (SELECT item_id FROM poll WHERE closes_at <= :now AND closed_announced_at IS NULL
                                  ORDER BY closes_at LIMIT 500 FOR UPDATE SKIP LOCKED)
                RETURNING item_id, site_id""").setParameter("now", now).getResultList();
        for (Object[] row : closed) {
            long poll = ((Number) row[0]).longValue();
            outbox.record(((Number) row[1]).longValue(), EventType.POLL_CLOSED, "poll/" + poll, "pollId", poll);
        }
        return closed.size();
    }
}
