package dev.beacon.api.content.manage;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs the publishing schedule. Safe on many replicas at once: each run is idempotent, and the row
 * updates it makes are guarded by optimistic locking.
 */
@ApplicationScoped
public class PublishScheduler {

    private static final Logger LOG = Logger.getLogger(PublishScheduler.class);

    @Inject
    PublishingService publishing;

    @Scheduled(
            every = "${beacon.schedule.every:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            int changed = publishing.runSchedule();
            if (changed > 0) {
                LOG.infof("Schedule: %d translation(s) went live or expired", changed);
            }
        } catch (RuntimeException e) {
            if (lostARace(e)) {
                // Another replica took the same rows first; the next run picks up what is left.
                LOG.debugf("Schedule run skipped: %s", e.getMessage());
            } else {
                // Delivery still hides everything outside its window; say loudly that statuses are behind.
                LOG.warn("Schedule run failed; it is retried on the next run", e);
            }
        }
    }

    /** Optimistic-lock failures surface at commit, wrapped by the transaction manager. */
    private static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
